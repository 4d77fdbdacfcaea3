// Trace files: OTLP/JSON lines of ExportTraceServiceRequest, as runlens and the OpenTelemetry
// Collector's file exporter write them (a single pretty-printed request reads too).
import { readFile } from 'node:fs/promises';
import { InputError } from '../base/errors.js';
import { positionAt } from '../base/line-index.js';
import { locateJsonError } from '../ingest/json-source.js';

/** The trace file's name in the output directory. */
export const TRACE_FILE = 'trace.jsonl';

export interface TraceSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** Milliseconds since the epoch, fractional. */
  start: number;
  end: number;
  error: boolean;
  statusMessage?: string;
  serviceName?: string;
  attributes: Record<string, string | number | boolean>;
}

const HINT = 'a trace file holds OTLP/JSON lines (ExportTraceServiceRequest), as runlens writes to .runlens/trace.jsonl';

export async function readTraceFile(file: string): Promise<TraceSpan[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      { file },
      code === 'ENOENT' ? 'no such file' : (err as Error).message,
      code === 'ENOENT' ? 'run `runlens run` first, or pass the path of a trace file' : undefined,
    );
  }
  const documents: { line: number; value: unknown }[] = [];
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    documents.push({ line: 1, value: parseJson(text.replace(/^\uFEFF/, ''), file, 1) });
  } else {
    text.split('\n').forEach((line, i) => {
      if (line.trim()) documents.push({ line: i + 1, value: parseJson(line, file, i + 1) });
    });
  }
  return documents.flatMap(({ line, value }) => spansOf(value, file, line));
}

/** `text` starts at `line` of the file (a whole document starts at 1). */
function parseJson(text: string, file: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const { reason, offset } = locateJsonError(text, err);
    const at = positionAt(text, offset);
    throw new InputError({ file, line: line + at.line - 1, column: at.column }, `not JSON (${reason})`, HINT);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

function spansOf(doc: unknown, file: string, line: number): TraceSpan[] {
  if (!isObject(doc) || !Array.isArray(doc.resourceSpans)) throw new InputError({ file, line }, 'no `resourceSpans` in this line', HINT);
  const spans: TraceSpan[] = [];
  for (const resourceSpans of list(doc.resourceSpans)) {
    const resource = attributesOf(isObject(resourceSpans.resource) ? resourceSpans.resource.attributes : undefined);
    const serviceName = typeof resource['service.name'] === 'string' ? resource['service.name'] : undefined;
    // `instrumentationLibrarySpans` is what OTLP called scopeSpans before 0.15.
    for (const scope of [...list(resourceSpans.scopeSpans), ...list(resourceSpans.instrumentationLibrarySpans)]) {
      for (const span of list(scope.spans)) {
        const traceId = hexId(span.traceId, 16);
        const spanId = hexId(span.spanId, 8);
        if (!traceId || !spanId)
          throw new InputError(
            { file, line },
            `a span without a valid traceId/spanId (${typeof span.name === 'string' ? span.name : '?'})`,
            HINT,
          );
        const parentSpanId = hexId(span.parentSpanId, 8);
        const status = isObject(span.status) ? span.status : {};
        const start = nanosToMs(span.startTimeUnixNano);
        spans.push({
          traceId,
          spanId,
          ...(parentSpanId ? { parentSpanId } : {}),
          name: typeof span.name === 'string' ? span.name : '(unnamed)',
          start,
          end: Math.max(start, nanosToMs(span.endTimeUnixNano)),
          // STATUS_CODE_ERROR is 2; JSON encoders may also write the enum name.
          error: status.code === 2 || status.code === 'STATUS_CODE_ERROR',
          ...(typeof status.message === 'string' && status.message ? { statusMessage: status.message } : {}),
          ...(serviceName ? { serviceName } : {}),
          attributes: attributesOf(span.attributes),
        });
      }
    }
  }
  return spans;
}

/** OTLP/JSON ids are hex; some encoders write protobuf JSON's base64 instead. */
function hexId(value: unknown, bytes: number): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(value)) return /^0+$/.test(value) ? undefined : value.toLowerCase();
  const decoded = Buffer.from(value, 'base64');
  return decoded.length === bytes && !decoded.every((b) => b === 0) ? decoded.toString('hex') : undefined;
}

function nanosToMs(value: unknown): number {
  if (typeof value === 'number') return value / 1e6;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(BigInt(value) / 1000n) / 1000;
  return 0;
}

function attributesOf(value: unknown): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const kv of list(value)) {
    if (typeof kv.key !== 'string' || !isObject(kv.value)) continue;
    const v = kv.value;
    if (typeof v.stringValue === 'string') out[kv.key] = v.stringValue;
    else if (typeof v.boolValue === 'boolean') out[kv.key] = v.boolValue;
    else if (v.intValue !== undefined) out[kv.key] = Number(v.intValue);
    else if (typeof v.doubleValue === 'number') out[kv.key] = v.doubleValue;
  }
  return out;
}
