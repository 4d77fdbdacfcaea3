// The trace file every run gets, collector or not: `<output-dir>/trace.jsonl`, one OTLP/JSON
// ExportTraceServiceRequest per line, as the OpenTelemetry Collector's file exporter writes.
// Spans are kept in memory and written once, atomically, when the run ends: a run's trace is a few
// hundred spans, and a reader never sees half a file.
import { join } from 'node:path';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace';
import { atomicWriteFile } from '../base/atomic-write.js';
import { otlpJsonRequest } from './otlp-json.js';
import { TRACE_FILE } from './trace-file.js';
const SPANS_PER_LINE = 512;

export class TraceFileProcessor implements SpanProcessor {
  private readonly spans: ReadableSpan[] = [];

  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    this.spans.push(span);
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}

  /** Writes every span ended so far to `<dir>/trace.jsonl`. */
  async write(dir: string): Promise<string> {
    const lines: string[] = [];
    for (let i = 0; i < this.spans.length; i += SPANS_PER_LINE) lines.push(otlpJsonRequest(this.spans.slice(i, i + SPANS_PER_LINE)));
    const file = join(dir, TRACE_FILE);
    await atomicWriteFile(file, lines.map((l) => `${l}\n`).join(''));
    return file;
  }
}
