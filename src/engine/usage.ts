// What a step's processes used: CPU user/system seconds and peak resident memory of the whole process
// tree, sampled from /proc (Linux), and the bytes it wrote to stdout/stderr (counted as they arrive).
//
// Each sample walks the tree from the step's first process (/proc/PID/task/TID/children) and adds up, over
// the live processes, their own CPU time plus the CPU time of the children they have already waited for
// (cutime/cstime): a process's time moves into its parent's when the parent reaps it, so nothing is counted
// twice. The CPU figure is the largest such sum; what the processes used after the last sample (at most
// one interval) and processes orphaned to init are missed. Peak RSS is the largest sum of RSS seen.
import { readFileSync, readdirSync } from 'node:fs';
import type { StepUsage } from '../model/result.js';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture runners use.
const PAGE_BYTES = 4096;

export class UsageSampler {
  /** Clock ticks. */
  private cpuUser = 0;
  private cpuSystem = 0;
  private peakRss = 0;
  stdoutBytes = 0;
  stderrBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private samples = 0;
  private paused = false;

  constructor(private readonly pid: number | undefined) {
    if (pid === undefined || process.platform !== 'linux') return;
    this.sample();
    // Densely at first (most steps are short), then every 250 ms.
    const tick = (): void => {
      if (this.paused) return;
      this.sample();
      this.timer = setTimeout(tick, this.samples < 20 ? 25 : 250);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, 10);
    this.timer.unref();
  }

  /** No more samples (the first process has exited: the tree can no longer be walked from it). */
  pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.paused = true;
  }

  /** What was measured. */
  stop(): StepUsage {
    this.pause();
    return {
      cpuUserSeconds: round(this.cpuUser / TICKS_PER_SECOND),
      cpuSystemSeconds: round(this.cpuSystem / TICKS_PER_SECOND),
      peakRssBytes: this.peakRss,
      stdoutBytes: this.stdoutBytes,
      stderrBytes: this.stderrBytes,
    };
  }

  private sample(): void {
    if (this.pid === undefined) return;
    this.samples++;
    let user = 0;
    let system = 0;
    let rss = 0;
    const seen = new Set<number>();
    const visit = (pid: number): void => {
      if (seen.has(pid)) return;
      seen.add(pid);
      const s = readStat(pid);
      if (!s) return;
      user += s.utime + s.cutime;
      system += s.stime + s.cstime;
      rss += s.rss;
      for (const child of childrenOf(pid)) visit(child);
    };
    visit(this.pid);
    if (seen.size === 0) return;
    // CPU only grows while the tree lives; a shrinking sum means a subtree left (reaped outside it).
    if (user + system > this.cpuUser + this.cpuSystem) {
      this.cpuUser = user;
      this.cpuSystem = system;
    }
    this.peakRss = Math.max(this.peakRss, rss * PAGE_BYTES);
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

interface Stat {
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
  rss: number;
}

function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after "(comm)": state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime cutime cstime … rss(24)
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  if (f[0] === 'Z' || f[0] === 'X') return undefined;
  const n = (i: number): number => Number(f[i - 3]) || 0;
  return { utime: n(14), stime: n(15), cutime: n(16), cstime: n(17), rss: n(24) };
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c) out.push(Number(c));
    } catch {
      // The thread ended, or the kernel has no children files (CONFIG_PROC_CHILDREN): only the first process counts.
    }
  }
  return out;
}
