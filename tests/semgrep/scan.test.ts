// The real semgrep on a fixture project with known issues (Python, JavaScript, Go), driven directly.
import { readFile, rename, writeFile, mkdir, cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { toSarif } from '../../src/report/sarif.js';
import { run as runResult, step } from '../support/run-result.js';
import { schemaErrors, validatorFor } from '../support/shared-schemas.js';
import { removeTempDirs, scan, semgrepBin, workspace, type Scan } from './support.js';

let ws: string;
let result: Scan;

function byRule(findings: Finding[], id: string): Finding {
  const f = findings.find((x) => x.ruleId === `rules.${id}`);
  if (!f) throw new Error(`no finding for rules.${id}; got ${findings.map((x) => x.ruleId).join(', ')}`);
  return f;
}

beforeAll(async () => {
  semgrepBin();
  ws = await workspace();
  result = await scan(ws, { config: 'rules' });
}, 120_000);

afterAll(removeTempDirs);

describe('uses: semgrep on a project with known issues', () => {
  it('passes and reports every known issue, at its exact location', () => {
    expect(result.outcome.status).toBeUndefined();
    const where = result.outcome.findings
      .map(
        (f) =>
          `${f.ruleId} ${f.location!.path}:${f.location!.startLine}:${f.location!.startColumn}-${f.location!.endLine}:${f.location!.endColumn}`,
      )
      .sort();
    expect(where).toEqual([
      'rules.eval-use app/views.py:15:12-15:28',
      'rules.go-shell-exec svc/main.go:14:9-14:38',
      'rules.go-weak-md5 svc/main.go:10:27-10:37',
      'rules.inner-html web/render.js:2:3-2:27',
      'rules.insecure-hash-md5 app/views.py:11:12-11:29',
      'rules.subprocess-shell-true app/views.py:7:12-7:64',
      'rules.template-literal web/render.js:6:10-6:24',
    ]);
  });

  it("maps semgrep's old and new severities onto runlens's scale", () => {
    const sev = Object.fromEntries(result.outcome.findings.map((f) => [f.ruleId.replace('rules.', ''), f.severity]));
    expect(sev).toEqual({
      'eval-use': 'critical', // CRITICAL
      'go-shell-exec': 'high', // HIGH
      'subprocess-shell-true': 'high', // ERROR
      'inner-html': 'medium', // MEDIUM
      'insecure-hash-md5': 'medium', // WARNING
      'go-weak-md5': 'low', // LOW
      'template-literal': 'low', // INFO
    });
  });

  it('carries the rule metadata into tags, help and helpUri', () => {
    const f = byRule(result.outcome.findings, 'subprocess-shell-true');
    expect(f.tool).toBe('semgrep');
    expect(f.toolVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(f.category).toBe('sast');
    // A rule that is not about security is code quality.
    expect(byRule(result.outcome.findings, 'template-literal').category).toBe('quality');
    expect(f.message).toBe('subprocess called with shell=True and a built string; pass an argument list instead.');
    expect(f.properties?.tags).toEqual(['external/cwe/cwe-78', 'external/owasp/a03:2021', 'high-confidence', 'security']);
    expect(f.properties).toMatchObject({ confidence: 'HIGH', likelihood: 'HIGH', impact: 'HIGH', 'semgrep-severity': 'ERROR' });
    expect(f.help).toContain('CWE: CWE-78: Improper Neutralization');
    expect(f.help).toContain('OWASP: A03:2021 - Injection');
    expect(f.helpUri).toBe('https://docs.python.org/3/library/subprocess.html#security-considerations');
    // A string cwe (not a list) and a `source-rule-url` work too.
    expect(byRule(result.outcome.findings, 'insecure-hash-md5').properties?.tags).toContain('external/cwe/cwe-328');
    expect(byRule(result.outcome.findings, 'eval-use').helpUri).toBe('https://semgrep.dev/r/python.lang.security.audit.eval-detected');
  });

  it('keeps fix suggestions, with metavariables filled in', () => {
    const f = byRule(result.outcome.findings, 'subprocess-shell-true');
    expect(f.properties?.fix).toBe('subprocess.call(shlex.split(("report --name " + name)))');
    expect(f.help).toContain('**Suggested fix:**\n\n```\nsubprocess.call(shlex.split(("report --name " + name)))\n```');
    expect(byRule(result.outcome.findings, 'eval-use').properties?.fix).toBeUndefined();
  });

  it('keeps the flagged lines as the snippet (semgrep itself only gives them with a login)', () => {
    expect(byRule(result.outcome.findings, 'inner-html').location?.snippet).toBe('  element.innerHTML = html;');
    expect(byRule(result.outcome.findings, 'go-weak-md5').location?.snippet).toBe('\treturn fmt.Sprintf("%x", md5.Sum(b))');
  });

  it('reports a file semgrep could only partly parse as a note, not silently', () => {
    expect(result.outcome.summary).toContain('semgrep notes');
    expect(result.outcome.summary).toMatch(/web\/bad\.jsx:1: .*Syntax error/);
    expect(result.logs.some((l) => l.startsWith('semgrep: note: web/bad.jsx:1'))).toBe(true);
  });

  it('names semgrep and its version as the tool that ran', () => {
    expect(result.outcome.tools).toEqual([
      { name: 'semgrep', version: expect.stringMatching(/^\d+\.\d+\.\d+$/), informationUri: 'https://semgrep.dev/', category: 'sast' },
    ]);
  });

  it('writes SARIF that validates against the SARIF 2.1.0 schema, with the rule metadata on the rules', () => {
    const findings = result.outcome.findings;
    const { log } = toSarif(
      runResult({ workspace: ws, steps: [step({ id: 'semgrep', kind: 'semgrep', findings, tools: result.outcome.tools! })] }),
    );
    expect(schemaErrors(validatorFor('sarif-2.1.0.schema.json'), log)).toEqual([]);
    const run = log.runs.find((r) => r.tool.driver.name === 'semgrep')!;
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+$/);
    const rule = run.tool.driver.rules!.find((r) => r.id === 'rules.subprocess-shell-true')!;
    expect(rule.properties?.tags).toEqual(expect.arrayContaining(['external/cwe/cwe-78', 'external/owasp/a03:2021', 'security', 'sast']));
    expect(rule.properties?.['security-severity']).toBe('8.0');
    expect(rule.helpUri).toBe('https://docs.python.org/3/library/subprocess.html#security-considerations');
    expect(rule.help?.markdown).toContain('Suggested fix');
    const res = run.results!.find((r) => r.ruleId === 'rules.eval-use')!;
    expect(res.level).toBe('error');
    expect(res.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('app/views.py');
    expect(res.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 15, startColumn: 12, endColumn: 28 });
  });

  it('writes an empty SARIF run for semgrep when the code is clean', async () => {
    const clean = await scan(ws, { config: 'rules/go.yml', paths: ['app', 'web'] });
    expect(clean.outcome.status).toBeUndefined();
    expect(clean.outcome.findings).toEqual([]);
    const { log } = toSarif(runResult({ workspace: ws, steps: [step({ id: 'semgrep', kind: 'semgrep', tools: clean.outcome.tools! })] }));
    expect(schemaErrors(validatorFor('sarif-2.1.0.schema.json'), log)).toEqual([]);
    expect(log.runs.map((r) => [r.tool.driver.name, r.results!.length])).toEqual([['semgrep', 0]]);
  }, 60_000);
});

describe('uses: semgrep paths and fingerprints', () => {
  it('reports repository-relative paths when the step runs in a subfolder', async () => {
    const mono = await workspace();
    await mkdir(path.join(mono, 'services'), { recursive: true });
    await rename(path.join(mono, 'app'), path.join(mono, 'services', 'app'));
    const r = await scan(mono, { config: '../rules', paths: 'app' }, { cwd: path.join(mono, 'services') });
    expect(r.outcome.status).toBeUndefined();
    expect([...new Set(r.outcome.findings.map((f) => f.location!.path))]).toEqual(['services/app/views.py']);
  }, 60_000);

  it('keeps fingerprints when code moves down the file, and tells two identical matches apart', async () => {
    const moved = await workspace();
    const file = path.join(moved, 'app', 'views.py');
    const before = await scan(moved, { config: 'rules/python.yml', paths: 'app' });
    const source = await readFile(file, 'utf8');
    await writeFile(file, `# a new header line\n# and another\n${source}\ndef twice(data):\n    return hashlib.md5(data).hexdigest()\n`);
    const after = await scan(moved, { config: 'rules/python.yml', paths: 'app' });
    const fp = (s: Scan, rule: string): string[] => s.outcome.findings.filter((f) => f.ruleId.endsWith(rule)).map((f) => f.fingerprint);
    expect(fp(after, 'eval-use')).toEqual(fp(before, 'eval-use'));
    expect(after.outcome.findings.find((f) => f.ruleId.endsWith('eval-use'))!.location!.startLine).toBe(17);
    const md5 = fp(after, 'insecure-hash-md5');
    expect(md5).toHaveLength(2);
    expect(md5[0]).toBe(fp(before, 'insecure-hash-md5')[0]);
    expect(new Set(md5).size).toBe(2);
  }, 60_000);

  it("keeps a secret rule's matched code out of snippets and fixes, and masks it", async () => {
    const dir = await workspace();
    await mkdir(path.join(dir, 'conf'));
    await writeFile(path.join(dir, 'conf', 'settings.py'), 'API_TOKEN = "tok_live_4f9a8b7c6d5e4f3a2b1c"\n');
    await cp(path.join(dir, 'rules'), path.join(dir, 'secret-rules'), { recursive: true });
    await writeFile(
      path.join(dir, 'secret-rules', 'secrets.yml'),
      [
        'rules:',
        '  - id: hardcoded-token',
        '    languages: [python]',
        '    severity: ERROR',
        '    message: A hard-coded token.',
        '    pattern: API_TOKEN = "..."',
        '    fix: API_TOKEN = os.environ["API_TOKEN"]',
        '    metadata: { category: security, subcategory: [secrets], cwe: ["CWE-798"] }',
        '',
      ].join('\n'),
    );
    const r = await scan(dir, { config: 'secret-rules/secrets.yml', paths: 'conf' });
    const f = r.outcome.findings[0]!;
    expect(f.ruleId).toBe('secret-rules.hardcoded-token');
    expect(f.location?.snippet).toBeUndefined();
    expect(f.properties?.fix).toBeUndefined();
    expect(JSON.stringify(f)).not.toContain('tok_live_4f9a8b7c6d5e4f3a2b1c');
    expect(r.masked).toContain('API_TOKEN = "tok_live_4f9a8b7c6d5e4f3a2b1c"');
  }, 60_000);
});

describe('uses: semgrep options reach semgrep', () => {
  it("passes include, exclude and the extra flags, and writes semgrep's own SARIF when asked", async () => {
    const r = await scan(ws, {
      config: ['rules/python.yml', 'rules/web.yml'],
      exclude: ['app/broken.py'],
      include: ['*.py', '*.js'],
      jobs: 1,
      timeout: '10s',
      'max-target-bytes': '1MB',
      'extra-args': ['--severity=ERROR', '--severity', 'WARNING'],
      'sarif-output': 'reports/semgrep.sarif',
    });
    expect(r.outcome.error).toBeUndefined();
    expect(r.outcome.findings.map((f) => f.ruleId).sort()).toEqual(['rules.insecure-hash-md5', 'rules.subprocess-shell-true']);
    const line = r.logs.find((l) => l.startsWith('semgrep: semgrep scan'))!;
    expect(line).toContain('--jobs=1 --timeout=10 --max-target-bytes=1000000');
    expect(line).toContain('--exclude=app/broken.py');
    expect(r.outcome.artifacts).toEqual(['reports/semgrep.sarif']);
    const own = JSON.parse(await readFile(path.join(ws, 'reports', 'semgrep.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(own.runs[0]!.results).toHaveLength(2);
  }, 60_000);
});

describe('uses: semgrep in a sharded run', () => {
  it("splits semgrep's own targets between the shards: together they find what one run finds", async () => {
    const one = await scan(ws, { config: 'rules' }, { shard: { index: 1, total: 2 } });
    const two = await scan(ws, { config: 'rules' }, { shard: { index: 2, total: 2 } });
    expect(one.outcome.error).toBeUndefined();
    expect(two.outcome.error).toBeUndefined();
    const shares = [one, two].map((s) => s.logs.find((l) => /^semgrep: shard \d\/2: /.test(l)));
    expect(shares).toEqual([
      expect.stringMatching(/^semgrep: shard 1\/2: \d+ files? of \d+$/),
      expect.stringMatching(/^semgrep: shard 2\/2: \d+ files? of \d+$/),
    ]);
    const fps = (s: Scan): string[] => s.outcome.findings.map((f) => f.fingerprint);
    expect([...fps(one), ...fps(two)].sort()).toEqual(fps(result).sort());
    expect(fps(one).length).toBeGreaterThan(0);
    expect(fps(two).length).toBeGreaterThan(0);
  }, 120_000);
});
