import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/base/errors.js';
import { renderTraceWaterfall } from '../../src/telemetry/waterfall.js';
import { traceScenario } from '../support/telemetry-scenario.js';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'runlens-waterfall-'));
}

async function scenarioTraceFile(): Promise<{ file: string; traceId: string }> {
  const dir = await tempDir();
  const { traceId } = await traceScenario({ outputDir: dir });
  return { file: path.join(dir, 'trace.jsonl'), traceId: traceId! };
}

// One OTLP/JSON request, as another tool (the Collector's file exporter) would write it.
function request(spans: { id: string; parent?: string; name: string; start: number; end: number; error?: boolean }[]): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'shop' } }] },
        scopeSpans: [
          {
            scope: { name: 'x' },
            spans: spans.map((s) => ({
              traceId: '5b8efff798038103d269b633813fc60c',
              spanId: s.id,
              ...(s.parent ? { parentSpanId: s.parent } : {}),
              name: s.name,
              kind: 1,
              startTimeUnixNano: String(BigInt(s.start) * 1_000_000n),
              endTimeUnixNano: String(BigInt(s.end) * 1_000_000n),
              status: { code: s.error ? 2 : 0 },
            })),
          },
        ],
      },
    ],
  });
}

describe('runlens trace show', () => {
  it('draws one row per span, each step under the run and each phase under its step', async () => {
    const { file } = await scenarioTraceFile();
    const rows = (await renderTraceWaterfall(file, { color: false, width: 100 })).split('\n');
    // The bar sits between the last two │ of a row; the name is what comes before.
    const names = rows.slice(1, -1).map((r) => r.slice(0, r.lastIndexOf('│', r.lastIndexOf('│') - 1)).trimEnd());
    expect(names).toEqual([
      'RUN payments-api ✗',
      '├─ build',
      '├─ deps',
      '│  ├─ parse lockfiles',
      '│  │  └─ query OSV',
      '│  └─ explode ✗',
      '├─ lint ✗',
      '└─ docs',
    ]);
  });

  it('heads the waterfall with the trace id, span count and service', async () => {
    const { file, traceId } = await scenarioTraceFile();
    const header = (await renderTraceWaterfall(file, { color: false, width: 100 })).split('\n')[0];
    expect(header).toMatch(new RegExp(`^Trace ${traceId} — 8 spans, \\d+(ms|\\.\\d+s), runlens, 3 with errors$`));
  });

  it('keeps every row within the width it was given', async () => {
    const { file } = await scenarioTraceFile();
    for (const row of (await renderTraceWaterfall(file, { color: false, width: 60 })).trimEnd().split('\n').slice(1)) {
      expect([...row].length).toBe(60);
    }
  });

  it('places each bar where its span sat in time', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'collector.jsonl');
    await writeFile(
      file,
      `${request([
        { id: 'aaaaaaaaaaaaaaaa', name: 'root', start: 0, end: 1000 },
        { id: 'bbbbbbbbbbbbbbbb', parent: 'aaaaaaaaaaaaaaaa', name: 'first half', start: 0, end: 500 },
        { id: 'cccccccccccccccc', parent: 'aaaaaaaaaaaaaaaa', name: 'second half', start: 500, end: 1000, error: true },
      ])}\n`,
    );
    const out = await renderTraceWaterfall(file, { color: false, width: 56 });
    const bars = out
      .split('\n')
      .slice(1, 4)
      .map((r) => r.slice(r.lastIndexOf('│', r.lastIndexOf('│') - 1) + 1, r.lastIndexOf('│')));
    // 56 columns less the 16 of the longest name, 8 of the duration and 4 of separators.
    expect(bars[0]).toBe('█'.repeat(28));
    expect(bars[1]).toBe('█'.repeat(14) + ' '.repeat(14));
    expect(bars[2]).toBe(' '.repeat(14) + '█'.repeat(14));
    expect(out).toContain('└─ second half ✗');
  });

  it('colours failed spans red when colour is on', async () => {
    const { file } = await scenarioTraceFile();
    const out = await renderTraceWaterfall(file, { color: true, width: 100 });
    expect(out).toContain('\x1b[31mlint ✗\x1b[0m');
    expect(await renderTraceWaterfall(file, { color: false, width: 100 })).not.toContain('\x1b[');
  });

  it('names the file and line of a line that is not JSON', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'trace.jsonl');
    await writeFile(file, `${request([{ id: 'aaaaaaaaaaaaaaaa', name: 'root', start: 0, end: 1 }])}\n{not json\n`);
    const error = await renderTraceWaterfall(file, { color: false, width: 80 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2:\\d+: not JSON`));
  });

  it('says what to do when the file does not exist', async () => {
    const error = await renderTraceWaterfall('/nonexistent/trace.jsonl', { color: false, width: 80 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      '/nonexistent/trace.jsonl: no such file — run `runlens run` first, or pass the path of a trace file',
    );
  });
});
