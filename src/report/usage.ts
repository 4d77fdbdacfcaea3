// A step's measured usage in one short cell: `cpu 1.20s user + 0.05s sys · 38.2 MB peak · 1.4 kB out`.
import type { StepUsage } from '../model/result.js';

export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n / 1000;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

export function formatUsage(u: StepUsage | undefined): string {
  if (!u) return '–';
  const out = u.stdoutBytes + u.stderrBytes;
  return `cpu ${u.cpuUserSeconds.toFixed(2)}s user + ${u.cpuSystemSeconds.toFixed(2)}s sys · ${formatBytes(u.peakRssBytes)} peak · ${formatBytes(out)} out`;
}
