// Worker thread entry: compiles the rules it is handed once, then scans batches of files on request.
// Bundled on its own as dist/secrets-worker.js; under tests Node runs this TypeScript file directly.
import { parentPort, workerData } from 'node:worker_threads';
import { scanBatch, WORKER_HELLO, type WorkerInit, type WorkerRequest } from './batch.js';
import { FileScanner } from './file-scanner.js';
import { Matcher } from './matcher.js';

const port = parentPort;
const init = workerData as WorkerInit | undefined;
if (port && init?.spec) {
  const scanner = new FileScanner(new Matcher(init.spec), init.maxFileSize);
  port.on('message', (req: WorkerRequest) => {
    port.postMessage({ id: req.id, result: scanBatch(scanner, req.files) });
  });
  port.postMessage(WORKER_HELLO);
}
