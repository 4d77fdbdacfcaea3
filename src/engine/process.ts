// Runs one step command as its own process group, so a timeout or a cancel stops everything the
// step started (test runners' workers, `server &`), not only the shell at the top.
import { type ChildProcess, type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import readline from 'node:readline';
import { type Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { formatDuration } from '../base/duration.js';
import { commandArgv } from './shell.js';
import { UsageSampler } from './usage.js';
import type { StepUsage } from '../model/result.js';

export interface ProcessRequest {
  /** A string runs through `shell`; a list is argv, run with no shell. */
  command: string | string[];
  shell: string;
  cwd: string;
  /** The whole environment of the process (nothing else is inherited). */
  env: Record<string, string | undefined>;
  /** 0 = no limit. */
  timeoutMs: number;
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs: number;
  /** Cancels the run: the group is stopped and the outcome is `cancelled`. */
  signal: AbortSignal;
  /** Each line of stdout and stderr, interleaved line by line as they arrive, without the line break. */
  onLine(line: string): void;
  /** What runlens itself has to say about the process (timeouts, leftovers), for the step log. */
  onNote(line: string): void;
  /** Streams returned whole in the outcome instead of passed to `onLine` (a check reading a tool's JSON). */
  capture?: { stdout?: boolean; stderr?: boolean };
  /** Written to standard input (otherwise it is closed). */
  input?: string;
  /** Runs the command through these first (resource limits: `prlimit … --`, a cgroup join); each execs the next. */
  prefix?: string[];
  /**
   * How the process is started. `execa` (loaded on demand) for the tools checks wrap (semgrep, gitleaks,
   * linters: `ctx.exec`); `node` (node:child_process) for a step's own `run:` command, where execa's
   * load and call cost ~12 ms of a one-step run. Either way the process is the same ChildProcess, and
   * everything below — process group, timeout, grace, strays, line reading — is the same code.
   */
  spawner?: 'node' | 'execa';
}

export interface ProcessOutcome {
  status: 'passed' | 'failed' | 'timed-out' | 'cancelled';
  exitCode: number | null;
  signal: string | null;
  /** Why it did not pass, in a sentence. */
  error?: string;
  /** The program could not be started: ENOENT (not found), EACCES, … */
  spawnError?: string;
  /** The captured streams, when asked for. */
  stdout?: string;
  stderr?: string;
  /** What the process tree used (absent when it never started). */
  usage?: StepUsage;
}

// setTimeout fires at once above this (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

export async function runProcess(req: ProcessRequest): Promise<ProcessOutcome> {
  if (req.signal.aborted) return { status: 'cancelled', exitCode: null, signal: null, error: 'the run was cancelled before it started' };
  if (!(await isDirectory(req.cwd))) {
    return {
      status: 'failed',
      exitCode: null,
      signal: null,
      error: `its working directory ${req.cwd} does not exist; fix working-directory`,
    };
  }
  const argv = [...(req.prefix ?? []), ...commandArgv(req.command, req.shell)];
  // Every process the step starts inherits this tag, also one that leaves the process group (setsid, a
  // daemon's double fork): at the step's end /proc tells which of them are still running (strayProcesses).
  const tag = `${process.pid}.${(tagCounter++).toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
  const forksAtSpawn = forksSinceBoot();
  const options = {
    cwd: req.cwd,
    env: { ...definedOnly(req.env), [PROCESS_TAG]: tag },
    stdio: [req.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'] as ['pipe' | 'ignore', 'pipe', 'pipe'],
    // A new process group (pgid = pid): the target of every signal below. Termination is ours: the
    // whole group, with the configured grace.
    detached: true,
    windowsHide: true,
  };
  const child = (
    req.spawner === 'execa' ? await spawnWithExeca(argv, options) : spawn(argv[0]!, argv.slice(1), options)
  ) as ChildProcessByStdio<Writable | null, Readable, Readable>;
  // Settles once the process has exited and its output pipes are closed, or it could not start.
  const finished = new Promise<SpawnResult>((resolve) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      if (child.pid === undefined) resolve({ code: err.code, originalMessage: err.message });
    });
    child.once('close', (code, signal) => resolve({ exitCode: code ?? undefined, signal: signal ?? undefined }));
  });
  if (req.input !== undefined && child.stdin) {
    // A program that exits without reading its input closes the pipe: not an error of the step.
    child.stdin.on('error', () => {});
    child.stdin.end(req.input);
  }
  const pgid = child.pid;
  if (pgid !== undefined) liveGroups.add(pgid);
  const usage = new UsageSampler(pgid);
  child.stdout.on('data', (chunk: Buffer) => {
    usage.stdoutBytes += chunk.length;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    usage.stderrBytes += chunk.length;
  });

  // One reader per pipe, so a partial line on stdout (a progress bar) never fuses with a stderr line.
  // Readline instead of execa's line iterator: about 7x faster on chatty steps (1M lines: 0.4 s vs 3 s).
  const captured = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  const caps: LineCap[] = [];
  const linesDone = (['stdout', 'stderr'] as const).map((name) => {
    const input = child[name];
    if (req.capture?.[name]) {
      input.on('data', (chunk: Buffer) => captured[name].push(chunk));
      return once(input, 'close');
    }
    // A step printing megabytes without a line break must not make runlens hold them all in one string.
    const cap = new LineCap(MAX_LINE_BYTES);
    caps.push(cap);
    const lines = readline.createInterface({ input: input.pipe(cap), crlfDelay: Infinity });
    lines.on('line', req.onLine);
    return once(lines, 'close');
  });

  let stopReason: 'timed-out' | 'cancelled' | undefined;
  let stopping: Promise<boolean> | undefined;
  const stop = (reason: 'timed-out' | 'cancelled'): void => {
    if (stopping || pgid === undefined) return;
    stopReason = reason;
    req.onNote(
      reason === 'timed-out'
        ? `timed out after ${formatDuration(req.timeoutMs)}: stopping the step's processes (SIGTERM, then SIGKILL after ${formatDuration(req.killGraceMs)})`
        : `cancelled: stopping the step's processes (SIGTERM, then SIGKILL after ${formatDuration(req.killGraceMs)})`,
    );
    stopping = stopGroup(pgid, req.killGraceMs).then(async (r) => (await stopStrays(tag, req)) || r);
  };
  const timer = req.timeoutMs > 0 ? setTimeout(() => stop('timed-out'), Math.min(req.timeoutMs, MAX_TIMER_MS)) : undefined;
  const onAbort = (): void => stop('cancelled');
  req.signal.addEventListener('abort', onAbort, { once: true });
  child.once('exit', () => {
    clearTimeout(timer);
    usage.pause();
    req.signal.removeEventListener('abort', onAbort);
    // Whatever the step started in the background dies with it; otherwise it would hold the output
    // pipes open (and the run with them) and outlive the step on a shared runner.
    if (!stopping && pgid !== undefined && groupAlive(pgid)) {
      req.onNote('the step left processes running in the background; stopping them');
      stopping = stopGroup(pgid, req.killGraceMs).then(async (r) => (await stopStrays(tag, req)) || r);
    } else if (!stopping) {
      // No process created anywhere since the spawn but the step's own: none can be left, and the /proc
      // scan (a read per process on the machine, a few ms) is skipped. Any other fork means a scan.
      const none = forksAtSpawn !== undefined && forksSinceBoot() === forksAtSpawn + 1;
      stopping = none ? Promise.resolve(false) : stopStrays(tag, req);
    }
    // A process beyond reach (it left the group and cleared its environment) may still hold the output
    // pipes: once everything known is stopped, they are read for one more grace period, then let go.
    void stopping.then(() => {
      const release = setTimeout(() => {
        if (child.stdout.destroyed && child.stderr.destroyed) return;
        req.onNote('a process the step started still holds its output open; no longer reading it');
        child.stdout.destroy();
        child.stderr.destroy();
        for (const cap of caps) cap.end();
      }, req.killGraceMs);
      release.unref();
      void Promise.allSettled(linesDone).then(() => clearTimeout(release));
    });
  });

  const result = await finished;
  clearTimeout(timer);
  req.signal.removeEventListener('abort', onAbort);
  await Promise.allSettled(linesDone);
  if (stopping) await stopping;
  if (pgid !== undefined) liveGroups.delete(pgid);

  const outcome = settle(result, stopReason, pgid, argv[0]!, req);
  if (pgid !== undefined) outcome.usage = usage.stop();
  if (req.capture?.stdout) outcome.stdout = Buffer.concat(captured.stdout).toString('utf8');
  if (req.capture?.stderr) outcome.stderr = Buffer.concat(captured.stderr).toString('utf8');
  return outcome;
}

/**
 * execa's subprocess wraps a node ChildProcess (`nodeChildProcess`): the caller reads its events and
 * streams as for spawn().
 * Everything execa would add on top (buffering, rejecting, its own kill and cleanup) is turned off here,
 * because termination of the whole group, line reading and redaction are runProcess's.
 */
async function spawnWithExeca(
  argv: string[],
  options: {
    cwd: string;
    env: Record<string, string>;
    stdio: ['pipe' | 'ignore', 'pipe', 'pipe'];
    detached: boolean;
    windowsHide: boolean;
  },
): Promise<ChildProcess> {
  const { execa } = await import('execa');
  const subprocess = execa(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    stdin: options.stdio[0],
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    detached: options.detached,
    forceKillAfterDelay: false,
    cleanup: false,
    windowsHide: options.windowsHide,
  });
  // reject: false — its promise settles with the result; the outcome is read from the events instead.
  subprocess.catch(() => undefined);
  return subprocess.nodeChildProcess;
}

interface SpawnResult {
  exitCode?: number;
  signal?: string;
  /** Why it could not start (ENOENT, EACCES, …). */
  code?: string;
  originalMessage?: string;
}

function settle(
  result: SpawnResult,
  stopReason: 'timed-out' | 'cancelled' | undefined,
  pgid: number | undefined,
  file: string,
  req: ProcessRequest,
): ProcessOutcome {
  const exitCode = typeof result.exitCode === 'number' ? result.exitCode : null;
  const signal = result.signal ?? null;
  if (stopReason === 'timed-out')
    return { status: 'timed-out', exitCode, signal, error: `timed out after ${formatDuration(req.timeoutMs)}` };
  if (stopReason === 'cancelled') return { status: 'cancelled', exitCode, signal, error: 'cancelled' };
  if (pgid === undefined) return spawnFailure(result.code, result.originalMessage ?? 'unknown error', file, req);
  if (exitCode === 0) return { status: 'passed', exitCode, signal: null };
  return { status: 'failed', exitCode, signal, error: describeExit(exitCode, signal) };
}

function spawnFailure(code: string | undefined, message: string, file: string, req: ProcessRequest): ProcessOutcome {
  const viaShell = !Array.isArray(req.command);
  if (code === 'ENOENT') {
    const error = viaShell
      ? `the shell "${file}" was not found on PATH (exit 127); install it or set defaults.shell in runlens.yml`
      : `command not found: ${file} (exit 127); check the spelling, install it, or put it on PATH`;
    return { status: 'failed', exitCode: 127, signal: null, error, spawnError: code };
  }
  if (code === 'EACCES')
    return { status: 'failed', exitCode: 126, signal: null, error: `${file} is not executable (exit 126); chmod +x it`, spawnError: code };
  return { status: 'failed', exitCode: null, signal: null, error: `could not start ${file}: ${message}`, spawnError: code ?? 'unknown' };
}

function describeExit(exitCode: number | null, signal: string | null): string {
  if (signal) return `killed by ${signal}`;
  if (exitCode === 127) return 'exit 127 (command not found)';
  if (exitCode === 126) return 'exit 126 (command not executable)';
  return `exit ${exitCode}`;
}

/** SIGTERM to the group; SIGKILL to whatever is left after `graceMs`. Resolves once the group is gone. */
async function stopGroup(pgid: number, graceMs: number): Promise<boolean> {
  if (!signalGroup(pgid, 'SIGTERM')) return false;
  await killAfterGrace(
    () => groupAlive(pgid),
    () => signalGroup(pgid, 'SIGKILL'),
    graceMs,
  );
  return true;
}

/**
 * After a SIGTERM: waits up to `graceMs` for `alive()` to turn false; past it, `kill()` (SIGKILL), and the
 * kernel gets a moment (up to 2 s) to tear the processes down. The process group and the strays both end so.
 */
async function killAfterGrace(alive: () => boolean, kill: () => void, graceMs: number): Promise<void> {
  const deadline = Date.now() + graceMs;
  while (alive()) {
    if (Date.now() >= deadline) {
      kill();
      // SIGKILL cannot be caught; give the kernel a moment to tear them down.
      for (let i = 0; i < 100 && alive(); i++) await delay(20);
      return;
    }
    await delay(20);
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Does any live (non-zombie) process remain in the group? Zombies are skipped because a container's
 * PID 1 (`tail -f /dev/null` in GitHub's container jobs) may never reap orphans, and waiting for them
 * would cost a full kill-grace per step.
 */
function groupAlive(pgid: number): boolean {
  if (!signalGroup(pgid, 0)) return false;
  if (process.platform !== 'linux') return true;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the parenthesised command name: state, ppid, pgrp, …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
  }
  return false;
}

/** The environment variable that tags a step's processes (see runProcess). */
export const PROCESS_TAG = 'RUNLENS_PROCESS_TAG';
let tagCounter = 0;

/**
 * The live processes carrying `tag` in their environment: a step's descendants, wherever they went
 * (another session, reparented to init). Linux only; elsewhere the process group is all there is.
 */
export function strayProcesses(tag: string): Array<{ pid: number; command: string }> {
  if (process.platform !== 'linux') return [];
  const needle = Buffer.from(`${PROCESS_TAG}=${tag}\0`);
  const out: Array<{ pid: number; command: string }> = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`).includes(needle)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state === 'Z' || state === 'X') continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      out.push({ pid: Number(entry), command: command.length > 80 ? `${command.slice(0, 77)}...` : command });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return out;
}

/** Processes (and threads) created on this machine since boot: /proc/stat's `processes`; undefined off Linux. */
function forksSinceBoot(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const m = /^processes (\d+)$/m.exec(readFileSync('/proc/stat', 'latin1'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Stops the step's processes that left its process group (SIGTERM, then SIGKILL after the grace); true if there were any. */
async function stopStrays(tag: string, req: ProcessRequest): Promise<boolean> {
  let strays = strayProcesses(tag);
  if (strays.length === 0) return false;
  req.onNote(
    `the step left ${strays.length} process${strays.length === 1 ? '' : 'es'} running outside its process group (setsid, a daemon); stopping ${strays.length === 1 ? 'it' : 'them'}: ${strays.map((s) => `${s.pid} ${s.command}`).join(', ')}`,
  );
  const signal = (sig: NodeJS.Signals): void => {
    for (const s of strays) {
      try {
        process.kill(s.pid, sig);
      } catch {
        // Already gone.
      }
    }
  };
  signal('SIGTERM');
  // Each look refreshes the list, so the SIGKILL goes to the ones still running.
  await killAfterGrace(
    () => (strays = strayProcesses(tag)).length > 0,
    () => signal('SIGKILL'),
    req.killGraceMs,
  );
  return true;
}

const MAX_LINE_BYTES = 1024 * 1024;
// How far back from the cut a line is cut at a delimiter, so no token is kept half (and unrecognised).
const CUT_WINDOW = 4096;

/**
 * Passes a stream through, cutting each line longer than `max` bytes: its first `max` bytes (back to
 * the last delimiter before the cut, so a secret straddling it is not kept in part) and a marker; the
 * rest of the line is dropped. Memory stays bounded whatever the step prints.
 */
export class LineCap extends Transform {
  private lineBytes = 0;
  private dropping = false;
  private dropped = 0;

  constructor(private readonly max: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (this.dropping) {
        this.dropped += end - pos;
        if (nl === -1) break;
        this.push(`[runlens: line longer than ${this.max} bytes cut here; ${this.dropped} bytes not kept]\n`);
        this.dropping = false;
        this.dropped = 0;
        this.lineBytes = 0;
        pos = nl + 1;
        continue;
      }
      if (this.lineBytes + (end - pos) <= this.max) {
        // Pass through up to the end of this line (or the chunk).
        this.push(chunk.subarray(pos, nl === -1 ? end : nl + 1));
        this.lineBytes = nl === -1 ? this.lineBytes + (end - pos) : 0;
        pos = nl === -1 ? end : nl + 1;
        continue;
      }
      // This line crosses the limit: keep up to it, back to a delimiter, and drop the rest.
      const cut = pos + (this.max - this.lineBytes);
      const window = chunk.subarray(Math.max(pos, cut - CUT_WINDOW), cut);
      const delimiter = lastDelimiter(window);
      const keepEnd = delimiter === -1 ? Math.max(pos, cut - CUT_WINDOW) : Math.max(pos, cut - CUT_WINDOW) + delimiter + 1;
      this.push(chunk.subarray(pos, keepEnd));
      this.dropped = end - keepEnd;
      this.dropping = true;
      pos = end;
      if (nl !== -1) {
        this.push(`[runlens: line longer than ${this.max} bytes cut here; ${this.dropped} bytes not kept]\n`);
        this.dropping = false;
        this.dropped = 0;
        this.lineBytes = 0;
        pos = nl + 1;
      }
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.dropping) this.push(`[runlens: line longer than ${this.max} bytes cut here; ${this.dropped} bytes not kept]`);
    done();
  }
}

// Bytes no secret rule's token spans: whitespace, quotes, separators.
function lastDelimiter(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= 0; i--) {
    const b = bytes[i]!;
    if (b === 32 || b === 9 || b === 13 || b === 34 || b === 39 || b === 44 || b === 59 || b === 60 || b === 62 || b === 96) return i;
  }
  return -1;
}

// If runlens itself exits while steps run (an uncaught error, a second Ctrl-C), their groups go with it.
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
});

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
