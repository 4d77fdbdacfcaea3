// Resource attributes: who emitted the trace (service, CI worker) and about what (repository, ref,
// revision, change), per the CI/CD and VCS resource conventions. OTEL_RESOURCE_ATTRIBUTES wins over
// what runlens detects, and OTEL_SERVICE_NAME over both (as the OpenTelemetry spec orders them).
import { hostname } from 'node:os';
import type { PlatformInfo } from '../model/result.js';
import {
  ATTR_CICD_PIPELINE_NAME,
  ATTR_CICD_PIPELINE_RUN_ID,
  ATTR_CICD_PIPELINE_RUN_URL_FULL,
  ATTR_CICD_WORKER_ID,
  ATTR_CICD_WORKER_NAME,
  ATTR_VCS_CHANGE_ID,
  ATTR_VCS_OWNER_NAME,
  ATTR_VCS_PROVIDER_NAME,
  ATTR_VCS_REF_BASE_REVISION,
  ATTR_VCS_REF_HEAD_NAME,
  ATTR_VCS_REF_HEAD_REVISION,
  ATTR_VCS_REF_HEAD_TYPE,
  ATTR_VCS_REPOSITORY_NAME,
  ATTR_VCS_REPOSITORY_URL_FULL,
} from './semconv.js';

export interface ResourceInput {
  pipelineName: string;
  platform: PlatformInfo;
  serviceName: string;
  serviceVersion?: string;
  /** From OTEL_RESOURCE_ATTRIBUTES. */
  userAttributes: Record<string, string>;
}

export function resourceAttributes(input: ResourceInput): Record<string, string> {
  const { platform } = input;
  const attrs: Record<string, string | undefined> = {
    'service.version': input.serviceVersion,
    [ATTR_CICD_PIPELINE_NAME]: input.pipelineName,
    [ATTR_CICD_PIPELINE_RUN_ID]: platform.runId,
    [ATTR_CICD_PIPELINE_RUN_URL_FULL]: platform.runUrl,
    // PlatformInfo has no runner id; the host name identifies the machine that ran the steps.
    [ATTR_CICD_WORKER_ID]: hostname(),
    [ATTR_CICD_WORKER_NAME]: hostname(),
    [ATTR_VCS_PROVIDER_NAME]: platform.kind === 'local' ? undefined : platform.kind,
    [ATTR_VCS_REF_HEAD_REVISION]: platform.sha,
    [ATTR_VCS_REF_BASE_REVISION]: platform.baseSha,
    [ATTR_VCS_CHANGE_ID]: platform.changeId,
    ...repositoryAttributes(platform),
    ...refAttributes(platform.ref),
  };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attrs)) if (value) out[key] = value;
  Object.assign(out, input.userAttributes);
  out['service.name'] = input.serviceName;
  return out;
}

function repositoryAttributes(platform: PlatformInfo): Record<string, string | undefined> {
  const repository = platform.repository;
  if (!repository) return {};
  const slash = repository.lastIndexOf('/');
  return {
    [ATTR_VCS_REPOSITORY_URL_FULL]: platform.serverUrl ? `${platform.serverUrl.replace(/\/+$/, '')}/${repository}` : undefined,
    [ATTR_VCS_REPOSITORY_NAME]: slash >= 0 ? repository.slice(slash + 1) : repository,
    [ATTR_VCS_OWNER_NAME]: slash > 0 ? repository.slice(0, slash) : undefined,
  };
}

/** `refs/heads/main` → name `main`, type `branch`; other refs (PR merge refs) are kept whole. */
function refAttributes(ref: string | undefined): Record<string, string | undefined> {
  if (!ref) return {};
  for (const [prefix, type] of [
    ['refs/heads/', 'branch'],
    ['refs/tags/', 'tag'],
  ] as const) {
    if (ref.startsWith(prefix)) return { [ATTR_VCS_REF_HEAD_NAME]: ref.slice(prefix.length), [ATTR_VCS_REF_HEAD_TYPE]: type };
  }
  return { [ATTR_VCS_REF_HEAD_NAME]: ref };
}
