// readRunJson (src/ingest/run-json.ts), the one reader of a run.json runlens wrote earlier (--resume,
// --durations, `runlens merge`, `report history`), and what those do next with it (step durations, the history
// table): fed real run.json files truncated, damaged, with values of other types, and garbage; each read ends
// in a run or an InputError at the file (file:line:col when the JSON says where), never a foreign exception,
// a hang or runaway memory (tests/fuzz/support/harness.ts).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzWorker, expectClean, fuzz, reportTally, type FuzzRequest } from './support/harness.js';
import { damaged, fixture, garbage, mutatedJson, truncated } from './support/mutate.js';

const worker = new FuzzWorker();
afterAll(async () => {
  await worker.close();
  reportTally('run-json');
});

describe('the run.json reader', () => {
  const seeds = ['merged.json', 'golden-cached.json'].map((f) => fixture(`tests/fixtures/fuzz/run-json/${f}`));
  const request = (bytes: Uint8Array): FuzzRequest => ({ target: 'run-json', name: 'run.json', bytes });

  it('reads the seed files', async () => {
    for (const seed of seeds) {
      const r = await expectClean(worker, request(seed));
      expect(r.kind, r.kind === 'input-error' ? r.message : '').toBe('ok');
    }
  });
  it('ends a truncated run.json in an InputError at file:line', async () => {
    await fuzz(worker, truncated(seeds).map(request));
  });
  it('ends a byte-damaged run.json in a run or an InputError at the file', async () => {
    await fuzz(worker, damaged(seeds).map(request));
  });
  it('ends a run.json whose values have other types in a run or an InputError at the file', async () => {
    await fuzz(
      worker,
      fc
        .oneof(
          mutatedJson(seeds),
          mutatedJson(seeds, (v) => JSON.stringify(v)),
        )
        .map(request),
    );
  });
  it('ends garbage in an InputError at the file', async () => {
    await fuzz(worker, garbage().map(request));
  });
});
