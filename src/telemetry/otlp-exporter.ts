// OTLP/HTTP span export (protobuf or JSON) through the OpenTelemetry SDK's export delegate and
// serializers. The HTTP transport is runlens's own, for two reasons the SDK's cannot serve:
// - the warning must name what went wrong (the SDK's retrying transport drops the HTTP status of
//   a 503 and retries a refused connection for the whole timeout);
// - export must never slow the pipeline: after one failed export the exporter stops trying, so
//   the end-of-run flush of a dead receiver costs nothing (the trace file still has every span).
import http from 'node:http';
import https from 'node:https';
import { gzipSync } from 'node:zlib';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import {
  OTLPExporterBase,
  createOtlpNetworkExportDelegate,
  type ExportResponse,
  type IExporterTransport,
} from '@opentelemetry/otlp-exporter-base';
import { createOtlpHttpExporterMetrics } from '@opentelemetry/otlp-exporter-base/node-http';
import { JsonTraceSerializer, ProtobufTraceSerializer, TraceExporterMetricsHelper } from '@opentelemetry/otlp-transformer';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace';
import type { OtlpTarget } from './settings.js';

// Per the OTLP spec, these statuses mean "try again later"; every other non-2xx is final.
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_RESPONSE_BYTES = 64 * 1024;

export class OtlpSpanExporter implements SpanExporter {
  private readonly inner: OTLPExporterBase<ReadableSpan[]>;
  private readonly transport: HttpTransport;
  /** Spans the receiver accepted / that were lost. */
  exported = 0;
  lost = 0;

  constructor(
    readonly target: OtlpTarget,
    timeoutMs: number,
    userAgent: string,
  ) {
    this.transport = new HttpTransport(target, userAgent);
    const serializer = target.protocol === 'http/json' ? JsonTraceSerializer : ProtobufTraceSerializer;
    const metrics = createOtlpHttpExporterMetrics('otlp_http_span_exporter', TraceExporterMetricsHelper, target.url, undefined);
    const delegate = createOtlpNetworkExportDelegate(
      { timeoutMillis: timeoutMs, concurrencyLimit: 8, compression: target.compression },
      serializer,
      metrics,
      this.transport,
    );
    this.inner = new OTLPExporterBase(delegate);
  }

  /** Why export failed, in a few words (`HTTP 403 Forbidden`, `connection refused`), if it did. */
  get failure(): string | undefined {
    return this.transport.failure;
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code === ExportResultCode.SUCCESS) this.exported += spans.length;
      else {
        this.lost += spans.length;
        this.transport.failure ??= result.error?.message ?? 'unknown error';
      }
      resultCallback(result);
    });
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }

  async shutdown(): Promise<void> {
    await this.inner.shutdown();
  }
}

/** POSTs OTLP requests to one URL; after a failure it sends nothing more (also used for the run's metrics). */
export class HttpTransport implements IExporterTransport {
  failure: string | undefined;
  private readonly agent: http.Agent;
  private readonly request: typeof http.request;

  constructor(
    private readonly target: OtlpTarget,
    private readonly userAgent: string,
  ) {
    const isHttps = new URL(target.url).protocol === 'https:';
    this.agent = isHttps ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
    this.request = isHttps ? https.request : http.request;
  }

  async send(data: Uint8Array, timeoutMillis: number): Promise<ExportResponse> {
    if (this.failure !== undefined) return { status: 'failure', error: new Error(this.failure) };
    const body = this.target.compression === 'gzip' ? gzipSync(data) : data;
    const deadline = Date.now() + timeoutMillis;
    let backoffMs = 250;
    for (;;) {
      const response = await this.post(body, Math.max(1, deadline - Date.now()));
      if (response.status !== 'retryable') return this.settle(response);
      const waitMs = response.retryInMillis ?? backoffMs * (0.8 + Math.random() * 0.4);
      if (Date.now() + waitMs >= deadline) return this.settle(response);
      await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
      backoffMs *= 2;
    }
  }

  shutdown(): void {
    this.agent.destroy();
  }

  private settle(response: ExportResponse): ExportResponse {
    if (response.status === 'success') return response;
    this.failure ??= response.error?.message ?? 'the receiver kept answering "try again later"';
    return { status: 'failure', error: new Error(this.failure) };
  }

  private post(body: Uint8Array, timeoutMs: number): Promise<ExportResponse> {
    const headers: Record<string, string> = {
      ...this.target.headers,
      'Content-Type': this.target.protocol === 'http/json' ? 'application/json' : 'application/x-protobuf',
      'User-Agent': this.userAgent,
    };
    if (this.target.compression === 'gzip') headers['Content-Encoding'] = 'gzip';
    return new Promise((resolve) => {
      const req = this.request(this.target.url, { method: 'POST', headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk);
        });
        res.on('error', (error) => resolve({ status: 'retryable', error: describeNetworkError(error, timeoutMs) }));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const data = Buffer.concat(chunks);
          if (status >= 200 && status < 300) return resolve({ status: 'success', data });
          const error = new Error(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}${snippet(data)}`);
          if (!RETRYABLE_STATUS.has(status)) return resolve({ status: 'failure', error });
          resolve({ status: 'retryable', error, ...retryAfter(res.headers['retry-after']) });
        });
      });
      req.setTimeout(timeoutMs, () => {
        req.destroy();
        resolve({ status: 'retryable', error: new Error(`no answer within ${timeoutMs} ms`) });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const described = describeNetworkError(error, timeoutMs);
        // A refused connection or an unknown host will not heal within seconds: do not wait on it.
        const final = error.code === 'ECONNREFUSED' || error.code === 'ENOTFOUND' || error.code === 'EAI_FAIL';
        resolve(final ? { status: 'failure', error: described } : { status: 'retryable', error: described });
      });
      req.end(body);
    });
  }
}

function describeNetworkError(error: NodeJS.ErrnoException, timeoutMs: number): Error {
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the receiver',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: `no answer within ${timeoutMs} ms`,
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    CERT_HAS_EXPIRED: "the receiver's TLS certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "the receiver's TLS certificate is self-signed",
  };
  const reason = error.code ? reasons[error.code] : undefined;
  return new Error(reason ? `${reason} (${error.code})` : error.message);
}

/** The start of the receiver's explanation, which often says what is wrong (e.g. a bad token). */
function snippet(data: Buffer): string {
  const text = data.toString('utf8').replace(/\s+/g, ' ').trim();
  if (!text || !/^[\x20-\x7e]+$/.test(text)) return '';
  return `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}

function retryAfter(header: string | undefined): { retryInMillis?: number } {
  if (!header) return {};
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return { retryInMillis: seconds * 1000 };
  const at = Date.parse(header);
  return Number.isNaN(at) ? {} : { retryInMillis: Math.max(0, at - Date.now()) };
}
