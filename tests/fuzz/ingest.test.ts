// What runlens reads from other tools — SARIF, JUnit XML, problem-matcher files (and the output they
// scan), OTLP/JSON trace files — fed real files damaged byte by byte and value by value, garbage, and a
// corpus of hostile files (entity bombs, deep nesting, catastrophic regexps): each read ends in a result
// or an InputError at file[:line], never a foreign exception, a hang or runaway memory.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzWorker, expectClean, fuzz, reportTally, type FuzzRequest } from './support/harness.js';
import { damaged, fixture, garbage, mutatedJson, oddValue, truncated } from './support/mutate.js';
import { repoRoot } from '../support/dist.js';

const worker = new FuzzWorker();
afterAll(async () => {
  await worker.close();
  reportTally('ingest');
});

function corpus(area: string): string[] {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'fuzz', area);
  return readdirSync(dir).map((f) => path.join('tests', 'fixtures', 'fuzz', area, f));
}

// --- SARIF ------------------------------------------------------------------------------------------------

describe('SARIF ingestion', () => {
  const seeds = ['bandit.sarif', 'eslint.sarif', 'gosec.sarif'].map((f) => fixture(`tests/fixtures/sarif/${f}`));
  const sarif = (bytes: Uint8Array): FuzzRequest => ({ target: 'sarif', name: 'results.sarif', bytes });

  it('reads the seed files', async () => {
    for (const seed of seeds) expect((await expectClean(worker, sarif(seed))).kind).toBe('ok');
  });
  it('ends truncated SARIF in an InputError at file:line', async () => {
    await fuzz(worker, truncated(seeds).map(sarif));
  });
  it('ends byte-damaged SARIF in findings or an InputError at the file', async () => {
    await fuzz(worker, damaged(seeds).map(sarif));
  });
  it('ends SARIF whose values have other types (results, regions, uris, rule indices) in findings or an InputError', async () => {
    await fuzz(worker, mutatedJson(seeds).map(sarif));
  });
  it('ends garbage in an InputError at the file', async () => {
    await fuzz(worker, garbage().map(sarif));
  });
  it.each(corpus('sarif'))('ends the corpus file %s cleanly', async (rel) => {
    await expectClean(worker, sarif(fixture(rel)));
  });
});

// --- JUnit ------------------------------------------------------------------------------------------------

describe('JUnit XML ingestion', () => {
  const seeds = ['mocha.xml', 'node-test.xml', 'pytest.xml', 'vitest.xml'].map((f) => fixture(`tests/fixtures/junit/${f}`));
  const junit = (bytes: Uint8Array): FuzzRequest => ({ target: 'junit', name: 'junit.xml', bytes });

  it('reads the seed files', async () => {
    for (const seed of seeds) expect((await expectClean(worker, junit(seed))).kind).toBe('ok');
  });
  it('ends a truncated report in an InputError at file:line', async () => {
    await fuzz(worker, truncated(seeds).map(junit));
  });
  it('ends a byte-damaged report (entities, CDATA, stray tags spliced in) in cases or an InputError', async () => {
    await fuzz(worker, damaged(seeds).map(junit));
  });
  it('ends garbage in an InputError at the file', async () => {
    await fuzz(worker, garbage().map(junit));
  });
  it('ends generated documents (odd attributes, nesting, entities) in cases or an InputError', async () => {
    const attr = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('1e999', '-1', 'NaN', '1,234.5', '&amp;', '&#x1F600;', '&lt;&gt;'));
    const esc = (s: string) => s.replace(/[<&"]/g, (c) => ({ '<': '&lt;', '&': '&amp;', '"': '&quot;' })[c]!);
    const testcase = fc
      .record({
        name: attr,
        time: attr,
        line: attr,
        file: attr,
        kind: fc.constantFrom('', 'failure', 'error', 'skipped'),
        body: fc.string({ maxLength: 40 }),
      })
      .map(
        (t) =>
          `<testcase name="${esc(t.name)}" time="${esc(t.time)}" line="${esc(t.line)}" file="${esc(t.file)}">${t.kind ? `<${t.kind} message="${esc(t.body)}">${esc(t.body)}</${t.kind}>` : ''}</testcase>`,
      );
    const doc = fc
      .record({ depth: fc.integer({ min: 1, max: 300 }), cases: fc.array(testcase, { maxLength: 8 }) })
      .map(
        ({ depth, cases }) =>
          `<testsuites>${'<testsuite name="s">'.repeat(depth)}${cases.join('')}${'</testsuite>'.repeat(depth)}</testsuites>`,
      );
    await fuzz(
      worker,
      doc.map((d) => junit(new Uint8Array(Buffer.from(d)))),
    );
  });
  it.each(corpus('junit'))('ends the corpus file %s cleanly', async (rel) => {
    await expectClean(worker, junit(fixture(rel)));
  });
});

// --- problem matchers ----------------------------------------------------------------------------------------

const OUTPUT = [
  '/work/src/a.js',
  '  3:10  error  Unexpected var, use let or const instead  no-var',
  '  7:1   warning  Missing semicolon  semi',
  'script.sh:12:5: warning: Quote this to prevent word splitting. [SC2086]',
  'a'.repeat(5000) + '!',
  ' '.repeat(3000) + 'x',
  'x:'.repeat(2000),
  '\u001b[31merror\u001b[0m: coloured',
].join('\n');

describe('problem-matcher files', () => {
  const seeds = ['eslint-stylish.json', 'shellcheck-gcc.json'].map((f) => fixture(`tests/fixtures/tool/matchers/${f}`));
  const matcher =
    (output = OUTPUT) =>
    (bytes: Uint8Array): FuzzRequest => ({ target: 'problem-matcher', name: 'matcher.json', bytes, output });

  it('reads the seed files and finds their problems', async () => {
    for (const seed of seeds) expect((await expectClean(worker, matcher()(seed))).kind).toBe('ok');
  });
  it('ends a damaged matcher file in findings or an InputError at file:line', async () => {
    await fuzz(worker, fc.oneof(truncated(seeds), damaged(seeds), garbage()).map(matcher()));
  });
  it('ends a matcher file whose values have other types in findings or an InputError at file:line', async () => {
    await fuzz(worker, mutatedJson(seeds).map(matcher()));
  });
  it('scans long hostile lines with generated regexps, catastrophic ones included, without hanging', async () => {
    const piece = fc.constantFrom(
      'a',
      'a+',
      'a*',
      '(a+)+',
      '(a*)*',
      '(a|a)*',
      '(a|aa)+',
      '(\\w+\\s?)*',
      '(.*a){12}',
      '.*',
      '\\d+',
      '(x+x+)+y',
      '[^:]*:',
      '(?:a?){20}a{20}',
      '\\1',
      '(?=a)',
      '(?<n>a)\\k<n>',
    );
    const regexp = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => `^${p.join('')}$`);
    const file = fc.record({ regexps: fc.array(regexp, { minLength: 1, maxLength: 2 }), loop: fc.boolean() }).map(({ regexps, loop }) =>
      JSON.stringify({
        problemMatcher: [
          {
            owner: 'fuzz',
            pattern: regexps.map((r, i) => ({
              regexp: r,
              ...(i === regexps.length - 1 ? { message: 0, ...(loop && i > 0 ? { loop: true } : {}) } : {}),
            })),
          },
        ],
      }),
    );
    await fuzz(
      worker,
      fc
        .record({
          file,
          line: fc.constantFrom('a'.repeat(30_000) + '!', 'aa'.repeat(10_000) + 'b', 'x'.repeat(20_000) + 'y', 'a '.repeat(10_000) + '!'),
        })
        .map(({ file, line }) => matcher(`${line}\n${line}`)(new Uint8Array(Buffer.from(file)))),
    );
  });
  it('refuses a pattern that could backtrack exponentially where V8 cannot take it over, at file:line:col', async () => {
    const text = JSON.stringify({ problemMatcher: [{ owner: 'x', pattern: [{ regexp: '^(\\w+\\s?)*\\1$', message: 1 }] }] }, null, 2);
    const r = await expectClean(worker, matcher()(new Uint8Array(Buffer.from(text))));
    expect(r.kind).toBe('input-error');
    expect(r.kind === 'input-error' && r.message).toMatch(
      /^matcher\.json:7:\d+: problemMatcher\[0\]\.pattern\[0\]\.regexp could backtrack catastrophically/,
    );
  });
  it.each(corpus('problem-matcher'))('ends the corpus file %s cleanly', async (rel) => {
    await expectClean(worker, matcher()(fixture(rel)));
  });
});

// --- OTLP/JSON trace files ----------------------------------------------------------------------------------

describe('the trace-file reader (trace.jsonl, OTLP/JSON)', () => {
  const seeds = ['seed-trace.jsonl', 'seed-pretty-request.json'].map((f) => fixture(`tests/fixtures/fuzz/seeds/trace/${f}`));
  const trace = (bytes: Uint8Array): FuzzRequest => ({ target: 'trace', name: 'trace.jsonl', bytes });

  it('reads the seed files', async () => {
    for (const seed of seeds) expect((await expectClean(worker, trace(seed))).kind).toBe('ok');
  });
  it('ends a damaged trace file in spans or an InputError at file:line', async () => {
    await fuzz(worker, fc.oneof(truncated(seeds), damaged(seeds), garbage()).map(trace));
  });
  it('ends a trace whose values have other types (ids, times, attributes) in spans or an InputError', async () => {
    const line = seeds[0]!.subarray(0, seeds[0]!.indexOf(10));
    await fuzz(
      worker,
      fc
        .oneof(
          mutatedJson([line], (v) => JSON.stringify(v)),
          oddValue.map((v) => new Uint8Array(Buffer.from(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [v] }] }] })))),
        )
        .map(trace),
    );
  });
  it.each(corpus('trace'))('ends the corpus file %s cleanly', async (rel) => {
    await expectClean(worker, trace(fixture(rel)));
  });
});
