// Per-step usage of the whole process tree, measured on real processes (no timing assertions: the
// figures are checked against what the processes certainly did).
import { afterAll, describe, expect, it } from 'vitest';
import { config, removeTempWorkspaces, run, tempWorkspace } from '../support/engine.js';
import { formatUsage } from '../../src/report/usage.js';

afterAll(removeTempWorkspaces);

describe('step usage', () => {
  it('counts the bytes written to stdout and stderr', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(config({ s: { run: 'printf "12345\\n"; printf "abc\\n" >&2' } }), ws);
    expect(byId.s!.usage).toMatchObject({ stdoutBytes: 6, stderrBytes: 4 });
  });

  it('measures the CPU and peak memory of a grandchild, not only of the shell', async () => {
    const ws = await tempWorkspace();
    // The shell starts python (a child that burns CPU and holds ~80 MB) and waits for it.
    const script =
      'import time\nb = bytearray(80 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\nt = time.process_time()\nwhile time.process_time() - t < 0.6: pass\n';
    const { byId } = await run(config({ burn: { run: ['bash', '-c', `python3 -c "$0"; true`, script] } }), ws);
    const u = byId.burn!.usage!;
    expect(byId.burn!.status).toBe('passed');
    expect(u.cpuUserSeconds + u.cpuSystemSeconds).toBeGreaterThan(0.3);
    expect(u.peakRssBytes).toBeGreaterThan(70 * 1024 * 1024);
    expect(formatUsage(u)).toMatch(/^cpu \d+\.\d\ds user \+ \d+\.\d\ds sys · \d+\.\d MB peak · 0 B out$/);
  });

  it('adds up the attempts of a retried step', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(config({ r: { run: 'echo try; exit 1', retries: { attempts: 1, backoff: '10ms' } } }), ws);
    expect(byId.r!.attempts).toHaveLength(2);
    expect(byId.r!.usage!.stdoutBytes).toBe(8);
  });
});
