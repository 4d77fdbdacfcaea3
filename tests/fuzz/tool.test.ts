// The `uses: tool` presets' report readers (src/checks/tool/presets/), fed what each tool really wrote on the
// fixture projects (tests/fixtures/fuzz/tool/) truncated, damaged byte by byte, with values of other types, and
// garbage: each read ends in findings, the tool's own failure, or an InputError naming the report
// (`bandit output: …`), never a foreign exception, a hang or runaway memory (tests/fuzz/support/harness.ts).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/checks/tool/presets/index.js';
import { FuzzWorker, expectClean, fuzz, reportTally, type FuzzRequest } from './support/harness.js';
import { damaged, fixture, garbage, mutatedJson, truncated } from './support/mutate.js';

const worker = new FuzzWorker();
afterAll(async () => {
  await worker.close();
  reportTally('tool');
});

const SEEDS: Record<keyof typeof PRESETS, string> = {
  bandit: 'bandit.json',
  ruff: 'ruff.json',
  eslint: 'eslint.json',
  shellcheck: 'shellcheck.json',
  hadolint: 'hadolint.json',
  gitleaks: 'gitleaks.json',
  'osv-scanner': 'osv-scanner.json',
  'npm-audit': 'npm-audit.json',
  'pip-audit': 'pip-audit.json',
  trivy: 'trivy.sarif',
};

it('has a seed report for every preset', () => {
  expect(Object.keys(SEEDS).sort()).toEqual(Object.keys(PRESETS).sort());
});

describe.each(Object.entries(SEEDS))('the %s preset reader', (preset, file) => {
  const seeds = [fixture(`tests/fixtures/fuzz/tool/${file}`)];
  const request = (bytes: Uint8Array): FuzzRequest => ({ target: `tool:${preset}`, name: file, bytes });

  it('reads the seed report', async () => {
    const r = await expectClean(worker, request(seeds[0]!));
    expect(r.kind, r.kind === 'input-error' ? r.message : '').toBe('ok');
  });
  it('ends a truncated report in findings or an InputError naming the report', async () => {
    await fuzz(worker, truncated(seeds).map(request));
  });
  it('ends a byte-damaged report in findings or an InputError naming the report', async () => {
    await fuzz(worker, damaged(seeds).map(request));
  });
  it('ends a report whose values have other types in findings or an InputError naming the report', async () => {
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
  it('ends garbage in an InputError naming the report', async () => {
    await fuzz(worker, garbage().map(request));
  });
});
