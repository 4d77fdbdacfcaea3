// The environment-variable carrier for W3C Trace Context: TRACEPARENT / TRACESTATE
// (https://opentelemetry.io/docs/specs/otel/context/env-carriers/). Names are upper case because
// environment variable names are, on every platform runlens runs on.
import { type Context, ROOT_CONTEXT, defaultTextMapGetter, defaultTextMapSetter, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { Env } from './settings.js';

const propagator = new W3CTraceContextPropagator();

/** The context runlens was started in: the caller's span when TRACEPARENT is valid. */
export function contextFromEnv(env: Env): { context: Context; warning?: string } {
  const traceparent = env.TRACEPARENT?.trim();
  if (!traceparent) return { context: ROOT_CONTEXT };
  const carrier: Record<string, string> = { traceparent };
  if (env.TRACESTATE?.trim()) carrier.tracestate = env.TRACESTATE.trim();
  const context = propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
  if (trace.getSpanContext(context) === undefined) {
    return {
      context: ROOT_CONTEXT,
      warning: `TRACEPARENT "${traceparent}" is not a W3C traceparent (00-<32 hex>-<16 hex>-<2 hex>), so the run starts a trace of its own.`,
    };
  }
  return { context };
}

/** TRACEPARENT (and TRACESTATE when there is one) for processes that run inside `context`'s span. */
export function envFromContext(context: Context): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagator.inject(context, carrier, defaultTextMapSetter);
  const env: Record<string, string> = {};
  if (carrier.traceparent) env.TRACEPARENT = carrier.traceparent;
  if (carrier.tracestate) env.TRACESTATE = carrier.tracestate;
  return env;
}
