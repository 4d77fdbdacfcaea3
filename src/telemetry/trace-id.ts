// A trace id derived from the CI run, so every job (shard) of one pipeline run lands in one trace
// without any coordination between the jobs.
import type { PlatformInfo } from '../model/result.js';
import { createHash } from '../base/hash.js';

/** 32 lowercase hex characters, or undefined when the platform has no run id (a laptop). */
export function deterministicTraceId(platform: PlatformInfo): string | undefined {
  if (!platform.runId) return undefined;
  const key = ['runlens', platform.kind, platform.serverUrl ?? '', platform.repository ?? '', platform.runId].join('\n');
  const id = createHash('sha256').update(key).digest('hex').slice(0, 32);
  // An all-zero id is invalid in W3C Trace Context; 2^-128 odds, but cheap to rule out.
  return /^0+$/.test(id) ? `${id.slice(0, 31)}1` : id;
}
