// `runlens report history` and `runlens run --history` through the CLI built from the current source.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNode, tempWorkspace } from '../support/dist.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';

let build: SourceBuild;
beforeAll(async () => {
  build = await buildSource();
}, 120_000);

// `flaky` fails when FAIL_FLAKY is set, so runs can differ.
const pipeline = `version: 1
name: history-demo
steps:
  build: { run: "true" }
  flaky: { run: 'test -z "$FAIL_FLAKY"', needs: [build] }
`;

async function runs(ws: string, failing: boolean[]): Promise<void> {
  for (const [i, fail] of failing.entries()) {
    const ran = await runNode(build.cli, ['run', '-o', `runs/${i}`], { cwd: ws, env: fail ? { FAIL_FLAKY: '1' } : {} });
    expect(ran.code, ran.stderr).toBe(fail ? 1 : 0);
  }
}

describe('runlens report history', () => {
  it('prints the trend of the runs in a folder of output directories', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    await runs(ws, [false, true, false]);
    const ran = await runNode(build.cli, ['report', 'history', 'runs'], { cwd: ws });
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain('## Pipeline history: history-demo (last 3 runs)');
    expect(ran.stdout).toContain(': 1 failed (33 %)');
    expect(ran.stdout).toContain('xychart-beta');
    expect(ran.stdout).toMatch(/\| `flaky` \| 3 \| 1 \(33 %\) \|/);
    // Every run also left its metrics beside its trace.
    for (const i of [0, 1, 2]) expect(existsSync(path.join(ws, 'runs', String(i), 'metrics.jsonl'))).toBe(true);
  });

  it('appends the trend to the summary of a run given --history', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    await runs(ws, [true, false]);
    const ran = await runNode(build.cli, ['run', '--history', 'runs/0', '--history', 'runs/1'], { cwd: ws });
    expect(ran.code, ran.stderr).toBe(0);
    const summary = await readFile(path.join(ws, '.runlens', 'summary.md'), 'utf8');
    expect(summary).toContain('### Pipeline history: history-demo (last 3 runs)');
    expect(summary).toMatch(/\| `flaky` \| 3 \| 1 \(33 %\) \|/);
  });

  it('keeps a run going when its history cannot be read, with a note', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline, 'old/run.json': '{"version": 1,' });
    const ran = await runNode(build.cli, ['run', '--history', 'old'], { cwd: ws });
    expect(ran.code, ran.stderr).toBe(0);
    const run = JSON.parse(await readFile(path.join(ws, '.runlens', 'run.json'), 'utf8')) as { notes: string[] };
    expect(run.notes.join('\n')).toContain('The pipeline history is left out of the summary:');
  });

  it('names the file and the place of a bad run.json, without a stack trace', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    await writeFile(path.join(ws, 'bad.json'), '{\n  "version": 1,\n  "steps": [}\n');
    const ran = await runNode(build.cli, ['report', 'history', 'bad.json'], { cwd: ws });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^error: .*bad\.json:3:\d+: run\.json is not valid JSON/);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });

  it('is a usage error (exit 2) to give --last something other than a whole number', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await runNode(build.cli, ['report', 'history', '.', '--last', 'many'], { cwd: ws });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('--last: "many" is not a whole number of runs');
  });
});
