// The fuzz worker thread: runs one case at a time for harness.ts, which holds the clock and the memory
// limit (a case that hangs or allocates without bound ends this thread, never the test process).
import { parentPort } from 'node:worker_threads';
import { runTarget, type FuzzRequest } from './targets.js';

parentPort!.on('message', (msg: { id: number; req: FuzzRequest }) => {
  const started = performance.now();
  void runTarget(msg.req).then((outcome) => parentPort!.postMessage({ id: msg.id, outcome, ms: performance.now() - started }));
});
