// A tiny house linter that writes SARIF 2.1.0, as teams' own tools do: runlens ingests it like any other.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const rules = [
  { id: 'DEMO001', name: 'todo-comment', level: 'note', re: /#\s*TODO\b|\/\/\s*TODO\b/, text: 'A TODO left in shipped code.' },
  {
    id: 'DEMO002',
    name: 'broad-except',
    level: 'warning',
    re: /except Exception:/,
    text: 'Catching Exception hides real errors; catch what you expect.',
  },
];

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(py|go)$/.test(e.name)) yield p;
  }
}

const results = [];
for (const file of [...files('shop'), ...files('cmd')]) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      rules.forEach((r, ruleIndex) => {
        const m = r.re.exec(line);
        if (m) {
          results.push({
            ruleId: r.id,
            ruleIndex,
            level: r.level,
            message: { text: r.text },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.split(path.sep).join('/') },
                  region: { startLine: i + 1, startColumn: m.index + 1 },
                },
              },
            ],
          });
        }
      });
    });
}

const log = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'demo-lint',
          version: '1.0.0',
          rules: rules.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.text },
            defaultConfiguration: { level: r.level },
          })),
        },
      },
      results,
    },
  ],
};
process.stdout.write(JSON.stringify(log, null, 2) + '\n');
