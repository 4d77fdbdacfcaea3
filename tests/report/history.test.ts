import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunHistory, reportHistory } from '../../src/commands/history.js';
import type { RunResult } from '../../src/model/result.js';
import { historyMarkdown, pipelineHistory } from '../../src/report/history.js';
import { run, step } from '../support/run-result.js';

/** Run i of a series: build always passes and slows down, test fails in runs 2 and 4, docs is skipped in run 3. */
function nth(i: number): RunResult {
  const day = `2026-11-${String(10 + i).padStart(2, '0')}T08:00:00.000Z`;
  return run({
    startedAt: day,
    durationMs: 60_000 + i * 1000,
    platform: { kind: 'github', sha: `${i}abcdef0123456789` },
    steps: [
      step({ id: 'build', durationMs: 10_000 + i * 1000 }),
      step({ id: 'test', durationMs: 40_000, status: i === 2 || i === 4 ? 'failed' : 'passed' }),
      step({ id: 'docs', durationMs: 2_000, status: i === 3 ? 'skipped' : 'passed' }),
    ],
  });
}

async function writeRuns(runs: RunResult[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-history-'));
  for (const [i, r] of runs.entries()) {
    await mkdir(path.join(dir, `run-${i}`));
    await writeFile(path.join(dir, `run-${i}`, 'run.json'), JSON.stringify(r, null, 2));
  }
  return dir;
}

describe('the history of a pipeline', () => {
  it('orders runs by start time and keeps the last N', () => {
    const h = pipelineHistory([nth(3), nth(1), nth(5), nth(2), nth(4)], 3);
    expect(h.runs.map((r) => r.startedAt.slice(0, 10))).toEqual(['2026-11-13', '2026-11-14', '2026-11-15']);
  });

  it("counts each step's runs and failures, leaving out runs where it was skipped", () => {
    const h = pipelineHistory([1, 2, 3, 4, 5].map(nth));
    const byId = Object.fromEntries(h.steps.map((s) => [s.id, s]));
    expect(byId.test).toMatchObject({ ran: 5, failed: 2, lastFailed: false });
    expect(byId.docs).toMatchObject({ ran: 4, failed: 0 });
    expect(byId.docs!.byRun).toEqual([2000, 2000, undefined, 2000, 2000]);
    expect(byId.build!.durationsMs).toEqual([11_000, 12_000, 13_000, 14_000, 15_000]);
  });

  it('renders a verdict, Mermaid xychart-beta charts of durations and failure rates, and a table per step', () => {
    const md = historyMarkdown([1, 2, 3, 4, 5].map(nth));
    expect(md).toContain('## Pipeline history: payments-api (last 5 runs)');
    expect(md).toContain('5 runs from 2026-11-11 to 2026-11-15: 2 failed (40 %), median duration 1m03s.');
    const charts = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(charts).toHaveLength(3);
    expect(charts[0]).toContain('xychart-beta');
    expect(charts[0]).toContain('x-axis ["1 1abcdef", "2 2abcdef", "3 3abcdef", "4 4abcdef", "5 5abcdef"]');
    expect(charts[0]).toContain('bar [61, 62, 63, 64, 65]');
    expect(charts[1]).toContain('x-axis ["test", "build", "docs"]');
    expect(charts[1]).toContain('bar [40, 13, 2]');
    expect(charts[2]).toContain('title "Step failure rate (%) over the last 5 runs"');
    expect(charts[2]).toContain('bar [40, 0, 0]');
    expect(md).toContain('| `test` | 5 | 2 (40 %) | 40.0s | 40.0s – 40.0s | 40.0s | ▄▄▄▄▄ |');
    expect(md).toContain('| `build` | 5 | 0 | 13.0s | 11.0s – 15.0s | 15.0s | ▁▃▅▆█ |');
    expect(md).toContain('| `docs` | 4 | 0 | 2.00s | 2.00s – 2.00s | 2.00s | ▄▄·▄▄ |');
  });

  it('leaves the failure chart out when no step failed, and marks a step that failed last', () => {
    const md = historyMarkdown([nth(1), nth(3), nth(5)]);
    expect(md).not.toContain('Step failure rate');
    expect(historyMarkdown([nth(1), nth(2), nth(4), nth(5)])).toContain('failure rate');
    expect(historyMarkdown([nth(1), nth(4)])).toMatch(/\| `test` \| 2 \| 1 \(50 %\) \|.*40\.0s ✗ \|/);
  });

  it('keeps a step id from breaking the chart or the table', () => {
    const odd = run({ steps: [step({ id: 'test (python="3.11")', durationMs: 1000 }), step({ id: 'a|b', durationMs: 500 })] });
    const md = historyMarkdown([odd, { ...odd, startedAt: '2026-11-23T00:00:00.000Z' }]);
    expect(md).toContain(`"test (python='3.11')"`);
    expect(md).toContain('`a\\|b`');
  });
});

describe('runlens report history', () => {
  it('reads output directories, folders of them and run.json files alike', async () => {
    const dir = await writeRuns([1, 2, 3].map(nth));
    expect(await readRunHistory([dir], os.tmpdir())).toHaveLength(3);
    expect(await readRunHistory([path.join(dir, 'run-0'), path.join(dir, 'run-1', 'run.json')], os.tmpdir())).toHaveLength(2);
    // The same run.json named twice counts once.
    expect(await readRunHistory([path.join(dir, 'run-0'), path.join(dir, 'run-0', 'run.json')], os.tmpdir())).toHaveLength(1);
    expect(await reportHistory({ paths: [path.basename(dir)], cwd: path.dirname(dir), last: 2 })).toContain('(last 2 runs)');
  });

  it('names the file, line and column of a run.json that is not JSON', async () => {
    const dir = await writeRuns([nth(1)]);
    await writeFile(path.join(dir, 'run-0', 'run.json'), '{\n  "version": 1,\n  "steps": [\n    {"id": "build",,}\n  ]\n}\n');
    await expect(readRunHistory([dir], '/')).rejects.toThrow(`${path.join(dir, 'run-0', 'run.json')}:4:20: run.json is not valid JSON`);
  });

  it('says which field of which step is wrong in a run.json of another shape', async () => {
    const dir = await writeRuns([nth(1)]);
    const broken = JSON.parse(JSON.stringify(nth(1))) as { steps: Record<string, unknown>[] };
    broken.steps[1]!.durationMs = 'slow';
    await writeFile(path.join(dir, 'run-0', 'run.json'), JSON.stringify(broken, null, 2));
    await expect(readRunHistory([dir], '/')).rejects.toThrow(/run-0\/run\.json:\d+:\d+: steps\[1\]\.durationMs should be a number/);
  });

  it('rejects a JSON file that is not a run.json, and a run.json of a newer runlens', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-history-'));
    await writeFile(path.join(dir, 'sarif.json'), JSON.stringify({ $schema: 'sarif', runs: [] }));
    await expect(readRunHistory([path.join(dir, 'sarif.json')], '/')).rejects.toThrow(
      /sarif\.json:1:1: is not a runlens run\.json \(no "version"\)/,
    );
    await writeFile(path.join(dir, 'new.json'), JSON.stringify({ ...nth(1), version: 99 }));
    await expect(readRunHistory([path.join(dir, 'new.json')], '/')).rejects.toThrow('was written by a newer runlens (run.json version 99)');
  });

  it('is a usage error to name nothing, a missing path, or a folder without run.json', async () => {
    await expect(readRunHistory([], '/')).rejects.toMatchObject({ exitCode: 2 });
    await expect(readRunHistory(['/no/such/dir'], '/')).rejects.toThrow('report history: /no/such/dir: no such file or directory');
    const empty = await mkdtemp(path.join(os.tmpdir(), 'runlens-history-'));
    await expect(readRunHistory([empty], '/')).rejects.toThrow('holds no run.json');
  });
});
