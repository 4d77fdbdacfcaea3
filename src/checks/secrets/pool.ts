// Spreads files over worker threads, one per core. The worker script is found next to this module:
// `secrets-worker.js` beside the ncc bundle (dist/), `worker.js` beside the compiled module (lib/), or
// `worker.ts` beside the source under tests, which Node runs with type stripping once a resolve hook maps
// the sources' `.js` imports to their `.ts` files.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { emptyResult, mergeResults, WORKER_HELLO, type BatchResult, type FileRef, type WorkerInit, type WorkerRequest } from './batch.js';

const WORKER_FILES = ['secrets-worker.js', 'worker.js'];
const BATCH_FILES = 48;
/** Batches queued per worker, so it never waits for the next one. */
const IN_FLIGHT = 2;

const TS_BOOTSTRAP = `
(async () => {
  const { registerHooks } = await import('node:module');
  const { existsSync } = await import('node:fs');
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
        const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
        if (existsSync(ts)) return nextResolve(ts.href, context);
      }
      return nextResolve(specifier, context);
    },
  });
  await import(require('node:worker_threads').workerData.entry);
})().catch((err) => { setImmediate(() => { throw err; }); });
`;

interface WorkerScript {
  file: string | URL;
  eval: boolean;
  entry?: string;
}

/** Where the worker script is, or undefined when this build has none (then scanning stays in-thread). */
export function locateWorker(): WorkerScript | undefined {
  const here = import.meta.url;
  for (const name of WORKER_FILES) {
    const url = new URL(name, here);
    if (existsSync(url)) return { file: fileURLToPath(url), eval: false };
  }
  const ts = new URL('worker.ts', here);
  if (here.endsWith('.ts') && existsSync(ts)) return { file: TS_BOOTSTRAP, eval: true, entry: ts.href };
  return undefined;
}

export interface PoolOptions {
  workers: number;
  init: WorkerInit;
  signal: AbortSignal;
}

/** Scans `files` on `workers` threads. Rejects if a worker cannot start or crashes; the caller falls back. */
export async function scanInWorkers(files: readonly FileRef[], options: PoolOptions): Promise<BatchResult> {
  const script = locateWorker();
  if (!script) throw new Error('no secrets worker script next to the scanner module');
  const batches: FileRef[][] = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
  const total = emptyResult();
  const workers: Worker[] = [];
  let nextBatch = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      let pending = batches.length;
      let settled = false;
      const fail = (err: Error): void => {
        if (settled) return;
        settled = true;
        reject(err);
      };
      if (pending === 0) {
        resolve();
        return;
      }
      const onAbort = (): void => fail(options.signal.reason instanceof Error ? options.signal.reason : new Error('aborted'));
      if (options.signal.aborted) return onAbort();
      options.signal.addEventListener('abort', onAbort, { once: true });

      const feed = (w: Worker): void => {
        if (nextBatch < batches.length) {
          const req: WorkerRequest = { id: nextBatch, files: batches[nextBatch]! };
          nextBatch++;
          w.postMessage(req);
        }
      };
      const count = Math.max(1, Math.min(options.workers, batches.length));
      for (let i = 0; i < count; i++) {
        const w = new Worker(script.file, {
          eval: script.eval,
          workerData: { ...options.init, ...(script.entry ? { entry: script.entry } : {}) },
          // Workers inherit the parent's flags; a test runner's loader flags mean nothing to them.
          execArgv: [],
        });
        workers.push(w);
        w.on('message', (msg: unknown) => {
          if (msg === WORKER_HELLO) {
            for (let k = 0; k < IN_FLIGHT; k++) feed(w);
            return;
          }
          const { result } = msg as { id: number; result: BatchResult };
          mergeResults(total, result);
          pending--;
          if (pending === 0 && !settled) {
            settled = true;
            options.signal.removeEventListener('abort', onAbort);
            resolve();
          } else {
            feed(w);
          }
        });
        w.on('error', (err) => fail(err));
        w.on('exit', (code) => {
          if (!settled) fail(new Error(`a secrets worker exited early (code ${code})`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return total;
}
