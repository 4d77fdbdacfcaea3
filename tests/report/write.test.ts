import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../src/base/atomic-write.js';
import { ingestSarif } from '../../src/ingest/sarif.js';
import { writeReports } from '../../src/report/write-reports.js';
import { finding, findings, run, step, testCase } from '../support/run-result.js';
import { repoRoot, schemaErrors, schemaValidator } from '../support/shared-schemas.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeReports', () => {
  it('writes run.json, SARIF, summary and JUnit into a new output directory and returns their paths', async () => {
    const out = path.join(dir, '.runlens');
    const paths = await writeReports(run({ steps: [step({ findings: findings(3), cases: [testCase()] })] }), {
      outputDir: out,
      gitlab: false,
    });
    expect(paths).toEqual({
      outputDir: out,
      runJson: path.join(out, 'run.json'),
      sarif: path.join(out, 'runlens.sarif'),
      summary: path.join(out, 'summary.md'),
      junit: path.join(out, 'junit.xml'),
    });
    expect((await readdir(out)).sort()).toEqual(['junit.xml', 'run.json', 'runlens.sarif', 'summary.md']);
  });

  it('writes a run.json that is valid against schema/run-result.schema.json and equal to the RunResult', async () => {
    const { findings: real } = await ingestSarif([path.join(repoRoot, 'tests/fixtures/sarif/gosec.sarif')], {
      cwd: '/tmp/runlens-sarif-fixture',
      workspace: '/tmp/runlens-sarif-fixture',
      stepId: 'gosec',
    });
    const r = run({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      steps: [
        step({ id: 'gosec', kind: 'sarif', findings: real, artifacts: ['gosec.sarif'] }),
        step({
          id: 'test',
          status: 'failed',
          reason: 'exit code 1',
          cases: [testCase({ status: 'failed', message: 'x', file: 'a.ts', line: 2 })],
        }),
        step({ id: 'deploy', status: 'skipped', reason: 'needs test, which failed' }),
      ],
    });
    const paths = await writeReports(r, { outputDir: dir, gitlab: false });
    const written = JSON.parse(await readFile(paths.runJson, 'utf8'));
    expect(schemaErrors(schemaValidator('run-result.schema.json', '2020-12', true), written)).toEqual([]);
    expect(written).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('rejects a run.json that breaks the schema, so the schema test can fail', () => {
    const broken = { ...JSON.parse(JSON.stringify(run())), status: 'green' };
    expect(schemaErrors(schemaValidator('run-result.schema.json', '2020-12', true), broken)).not.toEqual([]);
  });

  it('writes a SARIF file valid against the SARIF 2.1.0 schema', async () => {
    const paths = await writeReports(run({ steps: [step({ findings: findings(5) })] }), { outputDir: dir, gitlab: false });
    const sarif = JSON.parse(await readFile(paths.sarif, 'utf8'));
    expect(schemaErrors(schemaValidator('sarif-2.1.0.schema.json', '04'), sarif)).toEqual([]);
  });

  it('writes the four GitLab reports on GitLab when every scan ran, each valid', async () => {
    const r = run({
      steps: [
        step({ findings: [finding(), finding({ category: 'secret', tool: 'runlens-secrets' })] }),
        step({ id: 'deps', kind: 'deps', tools: [{ name: 'runlens-deps', category: 'dependency' }] }),
      ],
    });
    const paths = await writeReports(r, { outputDir: dir, gitlab: true });
    expect(paths.gitlab).toEqual({
      sast: path.join(dir, 'gl-sast-report.json'),
      secretDetection: path.join(dir, 'gl-secret-detection-report.json'),
      dependencyScanning: path.join(dir, 'gl-dependency-scanning-report.json'),
      codeQuality: path.join(dir, 'gl-code-quality-report.json'),
      dotenv: path.join(dir, 'runlens.env'),
    });
    const read = async (p: string) => JSON.parse(await readFile(p, 'utf8'));
    expect(schemaErrors(schemaValidator('gitlab-sast-report.schema.json', '07'), await read(paths.gitlab!.sast!))).toEqual([]);
    expect(
      schemaErrors(schemaValidator('gitlab-secret-detection-report.schema.json', '07'), await read(paths.gitlab!.secretDetection!)),
    ).toEqual([]);
    expect(
      schemaErrors(schemaValidator('gitlab-dependency-scanning-report.schema.json', '07'), await read(paths.gitlab!.dependencyScanning!)),
    ).toEqual([]);
    expect(await read(paths.gitlab!.codeQuality)).toHaveLength(2);
    expect(await readFile(paths.gitlab!.sast!, 'utf8')).not.toMatch(/"(start|end)_time": "[^"]*Z"/);
  });

  it('writes no security report for a scan that did not run, and a failure status for one that failed', async () => {
    const r = run({
      steps: [
        step({ id: 'build', kind: 'run' }),
        step({
          id: 'secrets',
          kind: 'secrets',
          status: 'failed',
          reason: 'exit code 2',
          tools: [{ name: 'runlens-secrets', category: 'secret' }],
        }),
      ],
    });
    const paths = await writeReports(r, { outputDir: dir, gitlab: true });
    expect(paths.gitlab).toEqual({
      secretDetection: path.join(dir, 'gl-secret-detection-report.json'),
      codeQuality: path.join(dir, 'gl-code-quality-report.json'),
      dotenv: path.join(dir, 'runlens.env'),
    });
    expect((await readdir(dir)).filter((f) => f.startsWith('gl-')).sort()).toEqual([
      'gl-code-quality-report.json',
      'gl-secret-detection-report.json',
    ]);
    const secret = JSON.parse(await readFile(paths.gitlab!.secretDetection!, 'utf8'));
    expect(secret.scan.status).toBe('failure');
    expect(schemaErrors(schemaValidator('gitlab-secret-detection-report.schema.json', '07'), secret)).toEqual([]);
  });

  it('records what the SARIF report left out in run.notes, run.json and the summary', async () => {
    const r = run({
      steps: Array.from({ length: 22 }, (_, i) =>
        step({ id: `s${i}`, findings: [finding({ tool: `tool-${String(i).padStart(2, '0')}`, severity: i < 2 ? 'note' : 'high' })] }),
      ),
    });
    const paths = await writeReports(r, { outputDir: dir, gitlab: false });
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toContain('2 of 22 tools left out');
    expect(JSON.parse(await readFile(paths.runJson, 'utf8')).notes).toEqual(r.notes);
    expect(await readFile(paths.summary, 'utf8')).toContain('2 of 22 tools left out');
  });
});

describe('atomicWriteFile', () => {
  it('replaces a file and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'report.json');
    await writeFile(file, 'old');
    await atomicWriteFile(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('keeps the old content and cleans up when the write fails', async () => {
    const target = path.join(dir, 'taken');
    await mkdir(path.join(target, 'child'), { recursive: true });
    await expect(atomicWriteFile(target, 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    expect(await readdir(target)).toEqual(['child']);
  });

  it('never lets a reader see half a file, even when the writer is killed mid-write', async () => {
    const file = path.join(dir, 'big.json');
    const size = 4 * 1024 * 1024;
    // A real writer process, rewriting the file with alternating contents until killed.
    const script = `
      import { atomicWriteFile } from ${JSON.stringify(path.join(repoRoot, 'src/base/atomic-write.ts'))};
      const a = 'a'.repeat(${size}), b = 'b'.repeat(${size});
      await atomicWriteFile(${JSON.stringify(file)}, a);
      process.stdout.write('ready\\n');
      for (let i = 0; ; i++) await atomicWriteFile(${JSON.stringify(file)}, i % 2 ? a : b);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    });
    const whole = (text: string) => text.length === size && (text === 'a'.repeat(size) || text === 'b'.repeat(size));
    for (let i = 0; i < 40; i++) expect(whole(await readFile(file, 'utf8'))).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(whole(await readFile(file, 'utf8'))).toBe(true);
  });
});

describe('schema/run-result.schema.json', () => {
  it('compiles as JSON Schema 2020-12 (ajv checks it against the meta-schema)', () => {
    expect(() => schemaValidator('run-result.schema.json', '2020-12', true)).not.toThrow();
  });
});
