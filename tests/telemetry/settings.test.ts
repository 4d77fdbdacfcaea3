import { describe, expect, it } from 'vitest';
import { configSchema, telemetrySchema } from '../../src/config/schema.js';
import { resolveTelemetry, tracesUrl } from '../../src/telemetry/settings.js';

const file = (t: Record<string, unknown> = {}) => telemetrySchema.parse(t);

describe('telemetry settings', () => {
  it('writes only the trace file by default', () => {
    const r = resolveTelemetry(file(), {});
    expect(r.file).toBe(true);
    expect(r.otlp).toBeUndefined();
    expect(r.timeoutMs).toBe(5000);
    expect(r.serviceName).toBe('runlens');
  });

  it('exports over OTLP as well once an endpoint is set in the file', () => {
    const r = resolveTelemetry(file({ endpoint: 'http://collector:4318' }), {});
    expect(r.file).toBe(true);
    expect(r.otlp).toEqual({ url: 'http://collector:4318/v1/traces', protocol: 'http/protobuf', headers: {}, compression: 'none' });
  });

  it('exports over OTLP once OTEL_EXPORTER_OTLP_ENDPOINT is set, appending /v1/traces', () => {
    const r = resolveTelemetry(file(), { OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example.com/base/' });
    expect(r.otlp?.url).toBe('https://otel.example.com/base/v1/traces');
  });

  it('uses OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as is, over the generic endpoint and the file', () => {
    const r = resolveTelemetry(file({ endpoint: 'http://file:4318' }), {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://generic:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:4318/custom/path',
    });
    expect(r.otlp?.url).toBe('http://traces:4318/custom/path');
  });

  it('lets the environment win over the file, and the action input over both', () => {
    const settings = file({ endpoint: 'http://file:4318', protocol: 'http/protobuf', exporter: 'otlp' });
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://env:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' };
    expect(resolveTelemetry(settings, env).otlp).toMatchObject({ url: 'http://env:4318/v1/traces', protocol: 'http/json' });
    expect(resolveTelemetry(settings, env, { endpoint: 'http://input:4318', protocol: 'http/protobuf' }).otlp).toMatchObject({
      url: 'http://input:4318/v1/traces',
      protocol: 'http/protobuf',
    });
  });

  it('treats empty action inputs as not given', () => {
    const r = resolveTelemetry(
      file({ endpoint: 'http://file:4318' }),
      {},
      { endpoint: '', exporter: '', headers: '', protocol: '', urlTemplate: '' },
    );
    expect(r.otlp?.url).toBe('http://file:4318/v1/traces');
  });

  it('merges headers: file, then OTEL_EXPORTER_OTLP_HEADERS, then the traces variable, then the input', () => {
    const r = resolveTelemetry(
      file({ exporter: 'otlp', headers: { a: 'file', b: 'file', c: 'file', d: 'file' } }),
      {
        OTEL_EXPORTER_OTLP_HEADERS: 'b=env,c=env,d=env',
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'c=traces,d=traces',
      },
      { headers: 'd=input%3D1' },
    );
    expect(r.otlp?.headers).toEqual({ a: 'file', b: 'env', c: 'traces', d: 'input=1' });
  });

  it('keeps header values out of the warning about a malformed header', () => {
    const r = resolveTelemetry(file({ exporter: 'otlp' }), { OTEL_EXPORTER_OTLP_HEADERS: 'tokenwithoutequals' });
    expect(r.warnings).toEqual(['OTEL_EXPORTER_OTLP_HEADERS: "…" is not key=value; it was ignored.']);
  });

  it('honours OTEL_TRACES_EXPORTER=none over the file, and keeps the file with otlp', () => {
    expect(resolveTelemetry(file({ exporter: 'file' }), { OTEL_TRACES_EXPORTER: 'none' })).toMatchObject({ file: false });
    const r = resolveTelemetry(file(), { OTEL_TRACES_EXPORTER: 'otlp' });
    expect(r.file).toBe(true);
    expect(r.otlp?.url).toBe('http://localhost:4318/v1/traces');
  });

  it('turns export off with the otel-exporter input none, whatever the environment says', () => {
    const r = resolveTelemetry(file(), { OTEL_TRACES_EXPORTER: 'otlp' }, { exporter: 'none' });
    expect(r.file).toBe(false);
    expect(r.otlp).toBeUndefined();
  });

  it('warns about an exporter it does not have and keeps the trace file', () => {
    const r = resolveTelemetry(file(), { OTEL_TRACES_EXPORTER: 'zipkin' });
    expect(r.file).toBe(true);
    expect(r.warnings).toEqual(['OTEL_TRACES_EXPORTER: "zipkin" is not a trace exporter runlens has; use file, otlp or none.']);
  });

  it('falls back to http/protobuf for grpc and says to use the HTTP port', () => {
    const r = resolveTelemetry(file({ exporter: 'otlp' }), { OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' });
    expect(r.otlp?.protocol).toBe('http/protobuf');
    expect(r.warnings[0]).toContain('usually 4318');
  });

  it('takes the flush bound from OTEL_EXPORTER_OTLP_TIMEOUT in milliseconds', () => {
    expect(resolveTelemetry(file({ timeout: '30s' }), { OTEL_EXPORTER_OTLP_TIMEOUT: '1500' }).timeoutMs).toBe(1500);
    expect(resolveTelemetry(file({ timeout: '30s' }), {}).timeoutMs).toBe(30_000);
  });

  it('refuses to export to an endpoint that is not an http(s) URL, with a warning', () => {
    const r = resolveTelemetry(file(), { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'collector:4318' });
    expect(r.otlp).toBeUndefined();
    expect(r.warnings[0]).toContain('"collector:4318" from OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is not an http(s) URL');
  });

  it('decodes OTEL_RESOURCE_ATTRIBUTES and lets OTEL_SERVICE_NAME win over its service.name', () => {
    const r = resolveTelemetry(file(), { OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs,team=a%2Cb' });
    expect(r.serviceName).toBe('from-attrs');
    expect(r.resourceAttributes).toEqual({ 'service.name': 'from-attrs', team: 'a,b' });
    expect(resolveTelemetry(file(), { OTEL_SERVICE_NAME: 'svc', OTEL_RESOURCE_ATTRIBUTES: 'service.name=x' }).serviceName).toBe('svc');
  });

  it('takes the trace URL template from the input over the file', () => {
    expect(resolveTelemetry(file({ 'url-template': 'https://a/{traceId}' }), {}).urlTemplate).toBe('https://a/{traceId}');
    expect(resolveTelemetry(file({ 'url-template': 'https://a/{traceId}' }), {}, { urlTemplate: 'https://b/{traceId}' }).urlTemplate).toBe(
      'https://b/{traceId}',
    );
  });

  it('keeps a URL that already ends in /v1/traces', () => {
    expect(tracesUrl('http://c:4318/v1/traces')).toBe('http://c:4318/v1/traces');
    expect(tracesUrl('http://c:4318')).toBe('http://c:4318/v1/traces');
  });

  it('rejects an unknown telemetry key or exporter, a template without {traceId} and a non-http endpoint', () => {
    const base = { version: 1, steps: { a: { run: 'true' } } };
    expect(configSchema.safeParse({ ...base, telemetry: { exportr: 'otlp' } }).success).toBe(false);
    expect(configSchema.safeParse({ ...base, telemetry: { exporter: 'jaeger' } }).success).toBe(false);
    expect(configSchema.safeParse({ ...base, telemetry: { 'url-template': 'https://jaeger/trace/' } }).success).toBe(false);
    expect(configSchema.safeParse({ ...base, telemetry: { endpoint: 'ftp://x' } }).success).toBe(false);
    expect(configSchema.parse({ ...base, telemetry: { exporter: ['file', 'otlp'] } }).telemetry.exporter).toEqual(['file', 'otlp']);
  });
});
