import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { StepResult } from '../../src/model/result.js';
import { createConsoleProgress } from '../../src/report/progress.js';
import { config, removeTempWorkspaces, run, tempWorkspace } from '../support/engine.js';

afterAll(removeTempWorkspaces);

/** A terminal stand-in: collects everything written, ::group:: markers included. */
function terminal() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const group = {
    start: (title: string) => void stream.write(`::group::${title}\n`),
    end: () => void stream.write('::endgroup::\n'),
  };
  return { stream, group, text: () => chunks.join('') };
}

function result(over: Partial<StepResult>): StepResult {
  return {
    id: 'test',
    kind: 'run',
    needs: [],
    status: 'passed',
    allowedFailure: false,
    durationMs: 1200,
    attempts: [{ attempt: 1, startedAt: '', durationMs: 1200, exitCode: 0, signal: null, status: 'passed' }],
    exitCode: 0,
    findings: [],
    cases: [],
    artifacts: [],
    ...over,
  };
}

const ANSI = /\x1b\[/;

describe('console progress, stream order', () => {
  it('prefixes each output line with the step id, padded to the longest', async () => {
    const t = terminal();
    const ws = await tempWorkspace();
    await run(config({ a: { run: 'echo one' }, longer: { run: 'echo two' } }), ws, {
      progress: createConsoleProgress({ stream: t.stream, color: false, logOrder: 'stream', group: t.group }),
    });
    expect(t.text()).toContain('a      │ one\n');
    expect(t.text()).toContain('longer │ two\n');
  });

  it('writes no colour codes unless asked to', async () => {
    const t = terminal();
    const ws = await tempWorkspace();
    await run(config({ a: { run: 'echo one' } }), ws, {
      progress: createConsoleProgress({ stream: t.stream, color: false, logOrder: 'stream', group: t.group }),
    });
    expect(t.text()).not.toMatch(ANSI);
  });

  it('colours the console when asked, but never the log file', async () => {
    const t = terminal();
    const ws = await tempWorkspace();
    const ran = await run(config({ a: { run: 'echo plain' } }), ws, {
      progress: createConsoleProgress({ stream: t.stream, color: true, logOrder: 'stream', group: t.group }),
    });
    expect(t.text()).toMatch(ANSI);
    expect(ran.log('a')).not.toMatch(ANSI);
  });

  it('announces a start and ends with a tick and the duration', async () => {
    const t = terminal();
    const p = createConsoleProgress({ stream: t.stream, color: false, logOrder: 'stream', group: t.group });
    p.stepStarted({ id: 'build', kind: 'run' });
    p.stepFinished(result({ id: 'build', durationMs: 1200 }));
    await p.flush();
    expect(t.text()).toBe('▶ build\n✓ build  1.20s\n');
  });

  it('shows a failure with its reason, duration and attempt count', async () => {
    const t = terminal();
    const p = createConsoleProgress({ stream: t.stream, color: false, logOrder: 'stream', group: t.group });
    const failed = { attempt: 1, startedAt: '', durationMs: 1, exitCode: 1, signal: null, status: 'failed' as const, error: 'exit 1' };
    p.stepRetrying('test', failed, { attempt: 2, of: 3, delayMs: 1000 });
    p.stepFinished(result({ status: 'failed', reason: 'exit 1', durationMs: 3400, attempts: [failed, { ...failed, attempt: 2 }] }));
    await p.flush();
    expect(t.text()).toContain('↻ test  attempt 1/3 exit 1; retrying in 1.00s\n');
    expect(t.text()).toContain('✗ test  failed (exit 1) 3.40s · attempt 2/3\n');
  });

  it('closes with an aligned table of step, status, duration and attempts', async () => {
    const t = terminal();
    const p = createConsoleProgress({ stream: t.stream, color: false, logOrder: 'stream', group: t.group });
    await p.runFinished([
      result({ id: 'build' }),
      result({ id: 'integration', status: 'skipped', reason: 'needs build, which failed', attempts: [] }),
    ]);
    const lines = t.text().trim().split('\n');
    expect(lines).toEqual([
      'step         status   duration  attempts  reason',
      'build        passed   1.20s     1',
      'integration  skipped  –         –         needs build, which failed',
    ]);
  });
});

describe('console progress, grouped order', () => {
  it('replays each step log inside its own fold when the step ends, never interleaved', async () => {
    const t = terminal();
    const ws = await tempWorkspace();
    await run(
      config({
        a: { run: 'for i in 1 2 3; do echo a$i; sleep 0.05; done' },
        b: { run: 'for i in 1 2 3; do echo b$i; sleep 0.02; done' },
      }),
      ws,
      { concurrency: 2, progress: createConsoleProgress({ stream: t.stream, color: false, logOrder: 'grouped', group: t.group }) },
    );
    const lines = t.text().split('\n');
    const fold = (id: string): string[] => {
      const start = lines.findIndex((l) => l.startsWith(`::group::${id} — passed`));
      const end = lines.indexOf('::endgroup::', start);
      return lines.slice(start + 1, end).filter((l) => !l.startsWith('[runlens]'));
    };
    expect(fold('a')).toEqual(['a1', 'a2', 'a3']);
    expect(fold('b')).toEqual(['b1', 'b2', 'b3']);
    expect(lines.indexOf('▶ b')).toBeLessThan(lines.findIndex((l) => l.startsWith('::group::b')));
  });

  it('keeps a later step start out of an earlier fold', async () => {
    const t = terminal();
    const ws = await tempWorkspace();
    await run(config({ a: { run: 'echo a1' }, b: { needs: ['a'], run: 'echo b1' } }), ws, {
      progress: createConsoleProgress({ stream: t.stream, color: false, logOrder: 'grouped', group: t.group }),
    });
    const lines = t
      .text()
      .split('\n')
      .filter((l) => !l.startsWith('[runlens]'));
    expect(lines.slice(0, 5)).toEqual(['▶ a', lines[1], 'a1', '::endgroup::', '▶ b']);
    expect(lines[1]).toMatch(/^::group::a — passed \d/);
  });

  it('reads the replay back from the log file', async () => {
    const t = terminal();
    const ws = await tempWorkspace();
    const file = path.join(ws, 'build.log');
    await writeFile(file, 'from the file\nlast line without newline');
    const p = createConsoleProgress({ stream: t.stream, color: false, logOrder: 'grouped', group: t.group });
    p.stepFinished(result({ id: 'build' }), file);
    await p.flush();
    expect(t.text()).toBe('::group::build — passed 1.20s\nfrom the file\nlast line without newline\n::endgroup::\n');
  });

  it('prints a skipped step as a line, with no fold', async () => {
    const t = terminal();
    const p = createConsoleProgress({ stream: t.stream, color: false, logOrder: 'grouped', group: t.group });
    p.stepFinished(result({ id: 'deploy', status: 'skipped', reason: 'needs build, which failed', attempts: [] }));
    await p.flush();
    expect(t.text()).toBe('○ deploy  skipped (needs build, which failed)\n');
  });
});
