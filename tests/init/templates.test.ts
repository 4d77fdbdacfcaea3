// Pipeline templates: listed from their folders, scaffolded into an empty directory, valid, and green when run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listTemplates } from '../../src/commands/init/templates.js';
import { actionlint, removeCopies, repoCopy, runJson, runlens, validateWritten } from './support.js';

afterAll(removeCopies);

const TEMPLATES = listTemplates();
const CASES = TEMPLATES.flatMap((t) => t.languages.map((lang) => ({ name: t.name, lang })));

describe('runlens templates', () => {
  it('lists every template folder with its languages', async () => {
    const ran = await runlens(process.cwd(), ['templates']);
    expect(ran.code).toBe(0);
    expect(TEMPLATES.map((t) => t.name)).toEqual(['api', 'etl', 'files', 'transform']);
    for (const t of TEMPLATES) expect(ran.stdout).toMatch(new RegExp(`^${t.name}\\s+.+\\(python, node\\)$`, 'm'));
  });

  it('refuses an unknown template or language with a usage error', async () => {
    const dir = await repoCopy();
    const unknown = await runlens(dir, ['init', '--template', 'nope', '--yes']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown template "nope"; templates: api, etl, files, transform/);
    const lang = await runlens(dir, ['init', '--template', 'etl', '--lang', 'cobol', '--yes']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(/template "etl" has no cobol version; languages: python, node/);
  });
});

describe.each(CASES)('init --template $name --lang $lang', ({ name, lang }) => {
  it(
    'scaffolds a project whose pipeline validates and runs green: tests, golden data, secret scan, trace',
    { timeout: 120_000 },
    async () => {
      const dir = await repoCopy();
      const init = await runlens(dir, ['init', '--template', name, '--lang', lang, '--yes']);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(existsSync(path.join(dir, 'README.md'))).toBe(true);
      expect(existsSync(path.join(dir, '.gitignore'))).toBe(true);
      expect(validateWritten(dir)).toEqual([]);
      expect(actionlint(dir) ?? '').toBe('');

      const run = await runlens(dir, ['run']);
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      const result = runJson(dir);
      const status = Object.fromEntries(result.steps.map((s) => [s.id, s.status]));
      expect(status).toMatchObject({ test: 'passed', golden: 'passed', secrets: 'passed' });
      expect(Object.values(status).every((s) => s === 'passed')).toBe(true);
      expect(result.steps.find((s) => s.id === 'golden')!.cases.length).toBeGreaterThan(0);
      // The traced run: one span per step in the OTLP JSON lines file.
      const trace = readFileSync(path.join(dir, '.runlens', 'trace.jsonl'), 'utf8');
      for (const s of result.steps) expect(trace).toContain(`"${s.id}"`);
      // The program saw the run's trace context.
      expect(run.stdout + readLogs(dir)).toMatch(/traceparent|trace context: 00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]/i);
    },
  );
});

describe('scaffolding twice', () => {
  it('is idempotent and keeps files the user changed', async () => {
    const dir = await repoCopy();
    expect((await runlens(dir, ['init', '--template', 'etl', '--yes'])).code).toBe(0);
    const again = await runlens(dir, ['init', '--template', 'etl', '--yes']);
    expect(again.stdout).not.toMatch(/^(created|overwritten|kept) /m);
    writeFileSync(path.join(dir, 'etl.py'), '# mine\n');
    const kept = await runlens(dir, ['init', '--template', 'etl', '--yes']);
    expect(kept.stdout).toMatch(/^kept\s+etl\.py/m);
    expect(readFileSync(path.join(dir, 'etl.py'), 'utf8')).toBe('# mine\n');
  });
});

function readLogs(dir: string): string {
  const logs = path.join(dir, '.runlens', 'logs');
  return existsSync(logs)
    ? ['etl', 'fetch', 'manifest', 'transform']
        .map((s) => (existsSync(path.join(logs, `${s}.log`)) ? readFileSync(path.join(logs, `${s}.log`), 'utf8') : ''))
        .join('\n')
    : '';
}
