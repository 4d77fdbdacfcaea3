// The fuzz harness: fast-check generates inputs here, a worker thread reads them (worker.ts →
// targets.ts) under a wall-clock limit and a heap limit, and every outcome is held to one rule: a
// result, or runlens's own error whose message starts with the file (file:line when a line applies)
// — never a foreign exception (TypeError, RangeError…), a hang, or runaway memory.
//
// RUNLENS_FUZZ_RUNS sets the runs per property (default 150: a few seconds per parser);
// RUNLENS_FUZZ_SEED replays a run; RUNLENS_FUZZ_SHRINK=1 shrinks a failing input. Each test file writes its tally to
// $TMPDIR/runlens-fuzz-tally/<area>.json and logs it once; a failing input is saved under
// $TMPDIR/runlens-fuzz-failures/ and named in the failure.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { vi } from 'vitest';
import { repoRoot } from '../../support/dist.js';
import type { FuzzOutcome, FuzzRequest } from './targets.js';

export type { FuzzRequest } from './targets.js';

export const RUNS = Number(process.env.RUNLENS_FUZZ_RUNS) > 0 ? Number(process.env.RUNLENS_FUZZ_RUNS) : 150;
const SEED = process.env.RUNLENS_FUZZ_SEED ? Number(process.env.RUNLENS_FUZZ_SEED) : undefined;
/** Generous: inputs are small, and the machine may be busy; a parser that needs this long on them is hung. */
const CASE_TIMEOUT_MS = Number(process.env.RUNLENS_FUZZ_CASE_TIMEOUT_MS) || 10_000;
/** Inputs are at most a few hundred KB; a reader that needs more heap than this is not bounded. */
const HEAP_LIMIT_MB = 256;

// A big local batch (RUNLENS_FUZZ_RUNS=5000) takes minutes per property, not the default minute.
vi.setConfig({ testTimeout: Math.max(60_000, RUNS * 200) });

export type CaseResult = FuzzOutcome | { kind: 'timeout'; ms: number } | { kind: 'crash'; message: string };

let building: Promise<string> | undefined;

/** Transpiles the worker (and the sources it imports) once per test file, as tests/support/source-build.ts does the CLI. */
function buildWorker(): Promise<string> {
  building ??= (async () => {
    const { build } = await import('rolldown');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-fuzz-build-'));
    const bare = (id: string) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0');
    await build({
      input: { worker: path.join(repoRoot, 'tests', 'fuzz', 'support', 'worker.ts') },
      platform: 'node',
      external: bare,
      logLevel: 'silent',
      output: { dir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    });
    await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    return path.join(dir, 'worker.js');
  })();
  return building;
}

interface Thread {
  worker: Worker;
  /** Cases sent to this thread and not answered yet. */
  pending: Map<number, (r: CaseResult) => void>;
}

/** One worker thread, replaced when a case hangs or exhausts its heap. */
export class FuzzWorker {
  #thread: Thread | undefined;
  #next = 0;

  async #get(): Promise<Thread> {
    if (this.#thread) return this.#thread;
    const worker = new Worker(await buildWorker(), {
      // About the main thread's stack, so recursion fails here where it would fail in runlens.
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 1 },
      stdout: true,
      stderr: true,
    });
    const thread: Thread = { worker, pending: new Map() };
    // What the thread printed last (V8 reports a fatal error there): named when it dies.
    let printed = '';
    const keep = (chunk: Buffer) => (printed = (printed + chunk.toString('utf8')).slice(-2000));
    worker.stdout.on('data', keep);
    worker.stderr.on('data', keep);
    worker.on('message', (m: { id: number; outcome: FuzzOutcome }) => {
      thread.pending.get(m.id)?.(m.outcome);
      thread.pending.delete(m.id);
    });
    const fail = (message: string) => {
      for (const resolve of thread.pending.values()) resolve({ kind: 'crash', message });
      thread.pending.clear();
      if (this.#thread === thread) this.#thread = undefined;
    };
    worker.on('error', (err: Error & { code?: string }) => fail(`${err.code ?? err.name}: ${err.message}`));
    worker.on('exit', (code) => fail(`the worker exited (${code})${printed ? `; it printed: ${printed}` : ''}`));
    this.#thread = thread;
    return thread;
  }

  async run(req: FuzzRequest, timeoutMs = CASE_TIMEOUT_MS): Promise<CaseResult> {
    const thread = await this.#get();
    const id = this.#next++;
    const started = performance.now();
    return new Promise<CaseResult>((resolve) => {
      const timer = setTimeout(() => {
        thread.pending.delete(id);
        if (this.#thread === thread) this.#thread = undefined;
        void thread.worker.terminate();
        resolve({ kind: 'timeout', ms: performance.now() - started });
      }, timeoutMs);
      thread.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      thread.worker.postMessage({ id, req });
    });
  }

  async close(): Promise<void> {
    await this.#thread?.worker.terminate();
    this.#thread = undefined;
  }
}

// --- the rule every case is held to -------------------------------------------------------------------------

const MAX_LINE = 2000;

/** Why `r` breaks the rule, or undefined when it keeps it. */
export function violation(r: CaseResult): string | undefined {
  switch (r.kind) {
    case 'ok':
      return undefined;
    case 'timeout':
      return `no answer within ${Math.round(r.ms)} ms (a hang)`;
    case 'crash':
      return `the reader's thread died: ${r.message} (runaway memory or a crash)`;
    case 'foreign':
      return `a foreign exception escaped: ${r.stack || `${r.name}: ${r.message}`}`;
    case 'input-error': {
      // An indented line continues the issue above it (an expression and a caret under the bad character).
      const bad = r.message
        .split('\n')
        .find((line) => !(line === r.shown || line.startsWith(`${r.shown}:`) || (line.startsWith('  ') && line.trim() !== '')));
      if (bad !== undefined) return `the ${r.name} does not start with the file name ${r.shown}: ${JSON.stringify(bad)}`;
      if (/\n\s+at .+:\d+:\d+\)?$/m.test(r.message)) return `the ${r.name} carries a stack trace: ${r.message}`;
      // One line of a message the user reads, not the input quoted back at them.
      const long = r.message.split('\n').find((line) => line.length > MAX_LINE);
      if (long) return `a line of the ${r.name} runs to ${long.length} characters: ${long.slice(0, 200)}…`;
      return undefined;
    }
  }
}

// --- counting ---------------------------------------------------------------------------------------------

interface Count {
  cases: number;
  ok: number;
  errors: number;
  /** Errors whose message names a line (file:line…). */
  withLine: number;
  /** The longest error message seen (a message that quotes whole inputs is a finding too), cut to 300 characters. */
  longest?: { length: number; message: string };
}

const tally = new Map<string, Count>();

export function count(target: string, r: CaseResult): void {
  const c = tally.get(target) ?? { cases: 0, ok: 0, errors: 0, withLine: 0 };
  c.cases++;
  if (r.kind === 'ok') c.ok++;
  if (r.kind === 'input-error') {
    c.errors++;
    if (r.message.startsWith(`${r.shown}:`) && /^\d+/.test(r.message.slice(r.shown.length + 1))) c.withLine++;
    if (r.message.length > (c.longest?.length ?? 0)) c.longest = { length: r.message.length, message: r.message.slice(0, 300) };
  }
  tally.set(target, c);
}

/** Writes this file's tally (os.tmpdir()/runlens-fuzz-tally/<area>.json) and logs it once. */
export function reportTally(area: string): void {
  const dir = path.join(os.tmpdir(), 'runlens-fuzz-tally');
  mkdirSync(dir, { recursive: true });
  const targets = Object.fromEntries(tally);
  const cases = [...tally.values()].reduce((n, c) => n + c.cases, 0);
  writeFileSync(path.join(dir, `${area}.json`), `${JSON.stringify({ area, runsPerProperty: RUNS, cases, targets }, null, 2)}\n`);
  console.log(`[fuzz] ${area}: ${cases} cases across ${tally.size} parsers (${path.join(dir, `${area}.json`)})`);
}

// --- running a property ----------------------------------------------------------------------------------

function saveFailure(req: FuzzRequest): string {
  const dir = path.join(os.tmpdir(), 'runlens-fuzz-failures');
  mkdirSync(dir, { recursive: true });
  const digest = createHash('sha256').update(req.bytes).digest('hex').slice(0, 12);
  const file = path.join(dir, `${req.target.replace(/[^\w-]/g, '_')}-${digest}-${path.basename(req.name)}`);
  writeFileSync(file, req.bytes);
  if (req.other) writeFileSync(`${file}.other`, req.other);
  if (req.output !== undefined) writeFileSync(`${file}.output`, req.output);
  return file;
}

/** Runs `RUNS` (or `runs`) generated requests through the worker; fails naming the first input that breaks the rule. */
export async function fuzz(worker: FuzzWorker, arb: fc.Arbitrary<FuzzRequest>, runs = RUNS): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb.map(shortPrint), async (req) => {
      const r = await worker.run(req);
      count(req.target, r);
      const why = violation(r);
      if (why) throw new Error(`${req.target} on ${req.name}: ${why}\n(input saved as ${saveFailure(req)})`);
    }),
    // No shrinking unless asked (RUNLENS_FUZZ_SHRINK=1): shrinking a hang costs a timeout per step, and the
    // failing input is saved whole anyway.
    { numRuns: runs, endOnFailure: !process.env.RUNLENS_FUZZ_SHRINK, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
}

/** Counterexamples print as their size and start, not as every byte (the failure names the saved file). */
function shortPrint(req: FuzzRequest): FuzzRequest {
  const head = Buffer.from(req.bytes.subarray(0, 120)).toString('utf8');
  Object.defineProperty(req, fc.toStringMethod, {
    value: () => `${req.target} ${req.name} (${req.bytes.length} bytes): ${JSON.stringify(head)}${req.bytes.length > 120 ? '…' : ''}`,
    enumerable: false,
  });
  return req;
}

/** One request, held to the rule; returns the outcome for further assertions. */
export async function expectClean(worker: FuzzWorker, req: FuzzRequest): Promise<CaseResult> {
  const r = await worker.run(req);
  count(req.target, r);
  const why = violation(r);
  if (why) throw new Error(`${req.target} on ${req.name}: ${why}`);
  return r;
}
