// Shared by the reliability tests (issue 16): runlens run as users run it (the doors built from the current
// source), every process it starts tagged with a marker in its environment, and a check that none of them
// is left running afterwards.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { expect } from 'vitest';
import { runNode, type Ran } from '../support/dist.js';
import type { SourceBuild } from '../support/source-build.js';

export const MARK_VAR = 'RUNLENS_TEST_MARK';

/** A fresh marker: put it in runlens's environment; every descendant inherits it (unless it clears its environment). */
export function newMark(): string {
  return randomUUID();
}

/** Live processes whose environment holds `MARK_VAR=mark` (zombies excluded: they run nothing). */
export function marked(mark: string): Array<{ pid: number; command: string }> {
  const needle = Buffer.from(`${MARK_VAR}=${mark}\0`);
  const out: Array<{ pid: number; command: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`).includes(needle)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state === 'Z' || state === 'X') continue;
      out.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/**
 * Asserts that nothing runlens started (tagged with `mark`) still runs. runlens has returned by now, so
 * anything found is an orphan: it is killed (so one failing test does not leave a machine busy) and the
 * assertion fails naming it. A process gets a moment to finish dying (SIGKILL is asynchronous).
 */
export async function expectNoLeftovers(mark: string): Promise<void> {
  let left = marked(mark);
  for (let i = 0; i < 25 && left.length > 0; i++) {
    await delay(40);
    left = marked(mark);
  }
  for (const p of left) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  expect(left, 'processes runlens left running').toEqual([]);
}

/** The CLI of `build`, with the marker set. */
export function runCli(
  build: SourceBuild,
  args: string[],
  opts: { cwd: string; mark: string; env?: Record<string, string | undefined>; onStart?: (kill: (s: NodeJS.Signals) => void) => void },
): Promise<Ran> {
  return runNode(build.cli, args, { cwd: opts.cwd, env: { ...opts.env, [MARK_VAR]: opts.mark }, onStart: opts.onStart });
}

export interface Drained {
  code: number | null;
  stdoutBytes: number;
  /** The last 64 KiB of stdout. */
  stdoutTail: string;
  stderr: string;
  /** runlens's own peak resident memory (VmHWM), in bytes, read just before it exited. */
  peakRss: number;
}

/**
 * The CLI with its stdout counted and dropped, not kept (a step printing gigabytes), and runlens's peak
 * memory read from /proc while it runs.
 */
export function runCliDrained(build: SourceBuild, args: string[], opts: { cwd: string; mark: string }): Promise<Drained> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LANG: 'C.UTF-8',
      [MARK_VAR]: opts.mark,
    };
    const child = spawn(process.execPath, [build.cli, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let tail = Buffer.alloc(0);
    let stderr = '';
    let peakRss = 0;
    const readPeak = (): void => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakRss = Math.max(peakRss, Number(m[1]) * 1024);
      } catch {
        // Exited.
      }
    };
    const poll = setInterval(readPeak, 100);
    child.stdout.on('data', (c: Buffer) => {
      stdoutBytes += c.length;
      tail = Buffer.concat([tail, c]).subarray(-65536);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('exit', () => readPeak());
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdoutBytes, stdoutTail: tail.toString('utf8'), stderr, peakRss });
    });
  });
}

/** No stack trace and no "this is a bug" in what runlens printed: every fault here is one a user can act on. */
export function expectNoCrash(ran: { stdout?: string; stderr: string }): void {
  const text = `${ran.stdout ?? ''}\n${ran.stderr}`;
  expect(text).not.toMatch(/this is a bug|\n\s+at .+\(.+:\d+:\d+\)|Unhandled|unsettled top-level await/);
}
