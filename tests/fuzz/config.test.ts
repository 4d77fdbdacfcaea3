// The config loader (runlens.yml), fed real configs damaged byte by byte and value by value (wrong types,
// unknown keys, deep and wide values), garbage, and a corpus of hostile files (alias and merge-key bombs,
// deep nesting, BOM, UTF-16, bytes that are not UTF-8, an empty file): each load ends in a config or a
// ConfigError whose every line starts with runlens.yml[:line:col] — never a foreign exception, a hang or
// runaway memory.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzWorker, expectClean, fuzz, reportTally, type FuzzRequest } from './support/harness.js';
import { damaged, fixture, garbage, mutatedJson, truncated } from './support/mutate.js';
import { repoRoot } from '../support/dist.js';

const worker = new FuzzWorker();
afterAll(async () => {
  await worker.close();
  reportTally('config');
});

const seeds = ['runlens.yml', 'examples/demo/runlens.yml', 'tests/fixtures/config/demo-like.yml'].map(fixture);
const config = (bytes: Uint8Array): FuzzRequest => ({ target: 'config', name: 'runlens.yml', bytes });

describe('the config loader', () => {
  it('loads the seed configs', async () => {
    for (const seed of seeds) {
      const r = await expectClean(worker, config(seed));
      expect(r.kind, r.kind === 'input-error' ? r.message : '').toBe('ok');
    }
  });

  it('points at a bad character of a long, multi-line `if:` on one indented line (found by fuzzing)', async () => {
    const expr = `platform.kind == 'loc${"'loc".repeat(700)}'\n  && true`;
    const r = await expectClean(
      worker,
      config(new Uint8Array(Buffer.from(`version: 1\nsteps:\n  a:\n    run: "true"\n    if: ${JSON.stringify(expr)}\n`))),
    );
    expect(r.kind).toBe('input-error');
    const lines = r.kind === 'input-error' ? r.message.split('\n') : [];
    expect(lines[0]).toMatch(/^runlens\.yml:5:\d+: steps\.a\.if: .* \(at character \d+ of the expression\):$/);
    expect(lines[1]!.length).toBeLessThan(140);
    // The caret sits under the character the parser stopped at.
    const at = Number(/at character (\d+)/.exec(lines[0]!)![1]) - 1;
    const caret = lines[2]!.indexOf('^');
    expect(lines[1]![caret]).toBe(expr.replace(/\n/g, ' ')[at]);
  });

  it('ends a truncated runlens.yml in a config or a ConfigError at runlens.yml:line', async () => {
    await fuzz(worker, truncated(seeds).map(config));
  });

  it('ends a byte-damaged runlens.yml (anchors, tags, tabs, quotes, bytes that are not UTF-8 spliced in) in a config or a ConfigError', async () => {
    await fuzz(worker, damaged(seeds).map(config));
  });

  it('ends a runlens.yml whose values have other types, unknown keys or odd sizes in a config or a ConfigError', async () => {
    const asJson = seeds.map((s) => new Uint8Array(Buffer.from(JSON.stringify(load(Buffer.from(s).toString('utf8'))))));
    const yaml = (v: unknown) => {
      try {
        return dump(v, { noRefs: true, lineWidth: -1 });
      } catch {
        return JSON.stringify(v); // JSON is YAML too
      }
    };
    await fuzz(
      worker,
      fc
        .oneof(
          mutatedJson(asJson, yaml),
          mutatedJson(asJson, (v) => JSON.stringify(v)),
        )
        .map(config),
    );
  });

  it('ends garbage in a ConfigError at runlens.yml', async () => {
    await fuzz(worker, garbage().map(config));
  });

  it('ends generated step tables (odd ids, kinds, needs, matrices) in a config or a ConfigError', async () => {
    const id = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'a.b', 'toString', ''));
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('sarif', 'golden', 'deps', 'secrets', 'semgrep', 'tool', 'echo hi', '${{ steps.x.outputs.y }}', '1h', '-1s'),
    );
    const step = fc.dictionary(
      fc.constantFrom(
        'run',
        'uses',
        'with',
        'needs',
        'if',
        'env',
        'timeout',
        'retries',
        'matrix',
        'continue-on-error',
        'sarif',
        'junit',
        'problem-matcher',
        'cwd',
        'x',
      ),
      value,
      { maxKeys: 6 },
    );
    const doc = fc.record(
      { version: fc.oneof(fc.constant(1), value), steps: fc.dictionary(id, step, { maxKeys: 6 }) },
      { requiredKeys: [] },
    );
    await fuzz(
      worker,
      doc.map((d) => config(new Uint8Array(Buffer.from(JSON.stringify(d))))),
    );
  });
});

describe('the malformed-config corpus (tests/fixtures/fuzz/config/)', () => {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'fuzz', 'config');
  it.each(readdirSync(dir))('%s ends cleanly', async (name) => {
    await expectClean(worker, config(fixture(path.join('tests/fixtures/fuzz/config', name))));
  });

  it('says a UTF-16 runlens.yml is UTF-16', async () => {
    const r = await expectClean(worker, config(fixture('tests/fixtures/fuzz/config/utf16.yml')));
    expect(r.kind === 'input-error' && r.message).toBe(
      'runlens.yml:1:1: is saved as UTF-16; save it as UTF-8 (runlens.yml is read as UTF-8)',
    );
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    const r = await expectClean(worker, config(fixture('tests/fixtures/fuzz/config/billion-laughs.yml')));
    expect(r.kind).toBe('input-error');
  });
});
