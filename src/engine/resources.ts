// `resources:` of a `run:` step. With a delegated cgroup v2 (the cgroup runlens runs in is writable and
// offers the memory/cpu/pids controllers), each step gets a child cgroup with memory.max, cpu.max and
// pids.max; its first process joins it before it execs the command (`sh -c 'echo $$ > cgroup.procs;
// exec "$@"'`), so everything it starts is inside. Otherwise rlimits apply through `prlimit`: memory as
// address space (RLIMIT_AS: allocations past it fail; runtimes that reserve much virtual memory — Node,
// Go, the JVM — may not start), pids as RLIMIT_NPROC (counted per user, not per step), cpus not at all.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ResourceLimits {
  memoryBytes?: number;
  cpus?: number;
  pids?: number;
}

export interface AppliedLimits {
  /** Put before the step's argv. */
  prefix: string[];
  /** Said in the step log: how the limits are enforced, and what is not. */
  notes: string[];
  /** After the process ended: why it was killed, when a limit did it (or a hint for a failure); then the cgroup is removed. */
  finish(): Promise<{ killedFor?: string; hint?: string }>;
}

type CgroupSupport = { dir: string } | { unavailable: string };
let detected: Promise<CgroupSupport> | undefined;

/** Whether steps can get their own cgroup v2 (once per process). */
export function detectCgroupV2(): Promise<CgroupSupport> {
  detected ??= (async (): Promise<CgroupSupport> => {
    if (process.platform !== 'linux') return { unavailable: 'cgroups exist on Linux only' };
    const self = await readFile('/proc/self/cgroup', 'utf8').catch(() => '');
    const line = self.split('\n').find((l) => l.startsWith('0::'));
    if (!line || !existsSync('/sys/fs/cgroup/cgroup.controllers')) return { unavailable: 'this machine uses cgroups v1, not v2' };
    const dir = path.join('/sys/fs/cgroup', line.slice(3).trim());
    const controllers = (await readFile(path.join(dir, 'cgroup.controllers'), 'utf8').catch(() => '')).split(/\s+/);
    const missing = ['memory', 'cpu', 'pids'].filter((c) => !controllers.includes(c));
    if (missing.length > 0)
      return { unavailable: `the cgroup runlens runs in (${dir}) does not offer the ${missing.join(', ')} controller(s)` };
    // Controllers can be enabled for children only; a test cgroup shows whether runlens may make them.
    const probe = path.join(dir, `runlens-probe-${process.pid}`);
    try {
      await mkdir(probe);
      await rmdir(probe);
      const enabled = (await readFile(path.join(dir, 'cgroup.subtree_control'), 'utf8')).split(/\s+/);
      const toEnable = ['memory', 'cpu', 'pids'].filter((c) => !enabled.includes(c));
      if (toEnable.length > 0) await writeFile(path.join(dir, 'cgroup.subtree_control'), toEnable.map((c) => `+${c}`).join(' '));
      return { dir };
    } catch (err) {
      return { unavailable: `runlens may not create cgroups under ${dir} (${(err as Error).message.split('\n')[0]})` };
    }
  })();
  return detected;
}

export function formatBytes(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)} MB`;
  return `${+(n / 1e3).toFixed(0)} kB`;
}

let serial = 0;

export async function applyLimits(limits: ResourceLimits | undefined): Promise<AppliedLimits> {
  const none: AppliedLimits = { prefix: [], notes: [], finish: async () => ({}) };
  if (!limits || (limits.memoryBytes === undefined && limits.cpus === undefined && limits.pids === undefined)) return none;
  const support = await detectCgroupV2();
  if ('dir' in support) {
    const dir = path.join(support.dir, `runlens-${process.pid}-${++serial}`);
    try {
      await mkdir(dir);
      if (limits.memoryBytes !== undefined) {
        await writeFile(path.join(dir, 'memory.max'), String(limits.memoryBytes));
        await writeFile(path.join(dir, 'memory.swap.max'), '0').catch(() => undefined);
      }
      if (limits.cpus !== undefined) await writeFile(path.join(dir, 'cpu.max'), `${Math.round(limits.cpus * 100_000)} 100000`);
      if (limits.pids !== undefined) await writeFile(path.join(dir, 'pids.max'), String(limits.pids));
      return {
        prefix: ['sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', dir],
        notes: [`resources: enforced by cgroup v2 ${dir} (${describe(limits)})`],
        finish: async () => {
          const events = await readFile(path.join(dir, 'memory.events'), 'utf8').catch(() => '');
          const oom = Number(/^oom_kill (\d+)/m.exec(events)?.[1] ?? 0);
          await rmdir(dir).catch(() => undefined);
          return oom > 0 && limits.memoryBytes !== undefined
            ? { killedFor: `killed: exceeded memory limit ${formatBytes(limits.memoryBytes)}` }
            : {};
        },
      };
    } catch (err) {
      await rmdir(dir).catch(() => undefined);
      return fallback(limits, `creating its cgroup failed (${(err as Error).message.split('\n')[0]})`);
    }
  }
  return fallback(limits, support.unavailable);
}

function fallback(limits: ResourceLimits, why: string): AppliedLimits {
  const prefix = ['prlimit'];
  const notes = [`resources: no cgroup v2 (${why}); using rlimits instead`];
  if (limits.memoryBytes !== undefined) {
    prefix.push(`--as=${limits.memoryBytes}`);
    notes.push(`memory ${formatBytes(limits.memoryBytes)} as address space (RLIMIT_AS): allocations past it fail`);
  }
  if (limits.pids !== undefined && process.getuid?.() === 0) {
    notes.push(`pids ${limits.pids}: not enforced (root is exempt from RLIMIT_NPROC)`);
  } else if (limits.pids !== undefined) {
    prefix.push(`--nproc=${limits.pids}`);
    notes.push(`pids ${limits.pids} as RLIMIT_NPROC (counts all of this user's processes)`);
  }
  if (limits.cpus !== undefined) notes.push(`cpus ${limits.cpus}: not enforced without a cgroup`);
  const hint =
    limits.memoryBytes !== undefined
      ? `memory was limited to ${formatBytes(limits.memoryBytes)} of address space (RLIMIT_AS): an allocation past it fails`
      : undefined;
  return {
    prefix: prefix.length > 1 ? [...prefix, '--'] : [],
    notes: [notes.join('; ')],
    finish: async () => (hint ? { hint } : {}),
  };
}

function describe(l: ResourceLimits): string {
  return [
    l.memoryBytes !== undefined ? `memory ${formatBytes(l.memoryBytes)}` : '',
    l.cpus !== undefined ? `cpus ${l.cpus}` : '',
    l.pids !== undefined ? `pids ${l.pids}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
