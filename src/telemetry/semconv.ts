// Attribute names from the OpenTelemetry CI/CD and VCS semantic conventions (release candidates).
// Copied rather than imported from `@opentelemetry/semantic-conventions/incubating`, as the
// OpenTelemetry docs advise: the incubating entry point may change in any minor release.
export const ATTR_CICD_PIPELINE_NAME = 'cicd.pipeline.name';
export const ATTR_CICD_PIPELINE_RUN_ID = 'cicd.pipeline.run.id';
export const ATTR_CICD_PIPELINE_RUN_URL_FULL = 'cicd.pipeline.run.url.full';
export const ATTR_CICD_PIPELINE_RESULT = 'cicd.pipeline.result';
export const ATTR_CICD_PIPELINE_ACTION_NAME = 'cicd.pipeline.action.name';
export const ATTR_CICD_PIPELINE_TASK_NAME = 'cicd.pipeline.task.name';
export const ATTR_CICD_PIPELINE_TASK_RUN_ID = 'cicd.pipeline.task.run.id';
export const ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL = 'cicd.pipeline.task.run.url.full';
export const ATTR_CICD_PIPELINE_TASK_RUN_RESULT = 'cicd.pipeline.task.run.result';
export const ATTR_CICD_PIPELINE_RUN_STATE = 'cicd.pipeline.run.state';
export const ATTR_CICD_SYSTEM_COMPONENT = 'cicd.system.component';
export const ATTR_CICD_WORKER_ID = 'cicd.worker.id';
export const ATTR_CICD_WORKER_NAME = 'cicd.worker.name';

export const ATTR_VCS_PROVIDER_NAME = 'vcs.provider.name';
export const ATTR_VCS_REPOSITORY_URL_FULL = 'vcs.repository.url.full';
export const ATTR_VCS_REPOSITORY_NAME = 'vcs.repository.name';
export const ATTR_VCS_OWNER_NAME = 'vcs.owner.name';
export const ATTR_VCS_REF_HEAD_NAME = 'vcs.ref.head.name';
export const ATTR_VCS_REF_HEAD_TYPE = 'vcs.ref.head.type';
export const ATTR_VCS_REF_HEAD_REVISION = 'vcs.ref.head.revision';
export const ATTR_VCS_REF_BASE_REVISION = 'vcs.ref.base.revision';
export const ATTR_VCS_CHANGE_ID = 'vcs.change.id';

/** Stable (as `ATTR_ERROR_TYPE` of @opentelemetry/semantic-conventions); here so metrics.ts imports no package. */
export const ATTR_ERROR_TYPE = 'error.type';

/** Values of `cicd.pipeline.result` and `cicd.pipeline.task.run.result`. */
export type CicdResult = 'success' | 'failure' | 'error' | 'timeout' | 'cancellation' | 'skip';
