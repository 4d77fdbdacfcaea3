// `runlens init` on repositories made by the real tools, then `runlens run` on what it wrote: green, offline.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INIT_FIXTURES, actionlint, readYaml, removeCopies, repoCopy, runJson, runlens, validateWritten } from './support.js';

afterAll(removeCopies);

const REPOS = [
  { fixture: 'node-vitest', found: /node\s+npm \(package-lock\.json\), vitest/, tests: 1, steps: ['build', 'test', 'secrets'] },
  { fixture: 'python-uv', found: /python\s+uv \(uv\.lock\), pytest, ruff/, tests: 1, steps: ['build', 'test', 'lint', 'secrets'] },
  { fixture: 'go-mod', found: /go\s+go modules, go test/, tests: 0, steps: ['build', 'test', 'secrets'] },
  { fixture: 'rust-cargo', found: /rust\s+cargo, cargo test/, tests: 0, steps: ['build', 'test', 'secrets'] },
];

describe.each(REPOS)('init on $fixture', ({ fixture, found, tests, steps }) => {
  it('writes a pipeline and CI files that validate and run green', { timeout: 240_000 }, async () => {
    const dir = await repoCopy(fixture);
    const init = await runlens(dir, ['init', '--yes', '--offline']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(found);
    expect(init.stdout).toMatch(/created\s+runlens\.yml/);
    expect(validateWritten(dir)).toEqual([]);
    expect(actionlint(dir) ?? '').toBe('');
    const config = readYaml(path.join(dir, 'runlens.yml')) as { steps: Record<string, unknown> };
    expect(Object.keys(config.steps)).toEqual(steps);

    const validate = await runlens(dir, ['validate']);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);

    const run = await runlens(dir, ['run']);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    const result = runJson(dir);
    expect(Object.fromEntries(result.steps.map((s) => [s.id, s.status]))).toEqual(Object.fromEntries(steps.map((s) => [s, 'passed'])));
    expect(result.steps.find((s) => s.id === 'test')!.cases).toHaveLength(tests);
  });
});

describe('re-running init', () => {
  it('changes nothing when nothing changed, and keeps a file the user edited unless --force', { timeout: 60_000 }, async () => {
    const dir = await repoCopy('python-uv');
    expect((await runlens(dir, ['init', '--yes', '--offline'])).code).toBe(0);
    const again = await runlens(dir, ['init', '--yes', '--offline']);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/^unchanged\s+\S+/gm)).toHaveLength(3);

    const file = path.join(dir, 'runlens.yml');
    writeFileSync(file, readFileSync(file, 'utf8') + '# mine\n');
    const kept = await runlens(dir, ['init', '--yes', '--offline']);
    expect(kept.stdout).toMatch(/^kept\s+runlens\.yml — exists and differs/m);
    expect(readFileSync(file, 'utf8')).toMatch(/# mine\n$/);

    const forced = await runlens(dir, ['init', '--yes', '--offline', '--force']);
    expect(forced.stdout).toMatch(/^overwritten runlens\.yml/m);
    expect(readFileSync(file, 'utf8')).not.toMatch(/# mine/);
  });

  it('--dry-run prints the files and writes none', async () => {
    const dir = await repoCopy('go-mod');
    const dry = await runlens(dir, ['init', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/--- runlens\.yml \(would create\) ---\n# runlens pipeline/);
    expect(dry.stdout).toMatch(/--- \.github\/workflows\/runlens\.yml \(would create\) ---/);
    expect(existsSync(path.join(dir, 'runlens.yml'))).toBe(false);
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });
});

describe('with an offline OSV database', () => {
  it('wires the deps step to it, and the pipeline still runs green without network', { timeout: 120_000 }, async () => {
    const dir = await repoCopy('python-uv');
    await cp(path.join(INIT_FIXTURES, '..', 'deps', 'osv'), path.join(dir, 'osv-db'), { recursive: true });
    const init = await runlens(dir, ['init', '--yes', '--offline', '--osv-db', 'osv-db']);
    expect(init.stdout).toMatch(/deps\s+uv\.lock checked against the offline OSV database osv-db/);
    expect(validateWritten(dir)).toEqual([]);
    const run = await runlens(dir, ['run', 'deps']);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(runJson(dir).steps.find((s) => s.id === 'deps')?.status).toBe('passed');
  });
});

describe('what init chooses online', () => {
  it('checks lockfiles against the OSV API and runs go tests through gotestsum for JUnit', async () => {
    const dir = await repoCopy('go-mod');
    const dry = await runlens(dir, ['init', '--dry-run'], { PATH: '/usr/local/go/bin:/usr/bin:/bin' });
    expect(dry.stdout).toMatch(/run: go run gotest\.tools\/gotestsum@v[\d.]+ --junitfile \.runlens-reports\/junit-go\.xml -- \.\/\.\.\./);
    // No go.sum (no dependencies): nothing for the deps step to read.
    expect(dry.stdout).not.toMatch(/uses: deps/);
    const node = await repoCopy('node-vitest');
    const nodeDry = await runlens(node, ['init', '--dry-run']);
    expect(nodeDry.stdout).toMatch(/uses: deps\n\s+with:\n\s+source: osv-api/);
  });

  it('uses an offline OSV database when given one', async () => {
    const dir = await repoCopy('node-vitest');
    const dry = await runlens(dir, ['init', '--dry-run', '--offline', '--osv-db', 'osv-db']);
    expect(dry.stdout).toMatch(/uses: deps\n\s+with:\n\s+source: osv-db/);
  });

  it('asks for security-events: write only with --upload-sarif', async () => {
    const dir = await repoCopy('rust-cargo');
    expect((await runlens(dir, ['init', '--yes', '--upload-sarif'])).code).toBe(0);
    const wf = readYaml(path.join(dir, '.github/workflows/runlens.yml')) as {
      permissions: Record<string, string>;
      jobs: { runlens: { steps: Array<{ uses?: string }> } };
    };
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
    expect(wf.jobs.runlens.steps.map((s) => s.uses?.replace(/@.*/, ''))).toContain('github/codeql-action/upload-sarif');
    expect(validateWritten(dir)).toEqual([]);

    const plain = await repoCopy('rust-cargo');
    await runlens(plain, ['init', '--yes']);
    const wf2 = readYaml(path.join(plain, '.github/workflows/runlens.yml')) as { permissions: Record<string, string> };
    expect(wf2.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    // Every action is pinned to a full commit.
    for (const line of readFileSync(path.join(plain, '.github/workflows/runlens.yml'), 'utf8').match(/uses: \S+/g) ?? [])
      expect(line).toMatch(/@[0-9a-f]{40}$/);
  });
});
