// GitLab (https://docs.gitlab.com/security/tokens/#token-prefixes)
import type { SecretRule } from '../rule.js';
import { prefixed } from './shape.js';

export const GITLAB_RULES: readonly SecretRule[] = [
  prefixed(
    'gitlab-pat',
    'GitLab personal, project or group access token',
    'gitlab',
    'critical',
    String.raw`glpat-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`,
    ['glpat-'],
  ),
  prefixed(
    'gitlab-runner-auth-token',
    'GitLab runner authentication token',
    'gitlab',
    'high',
    String.raw`glrtr?-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`,
    ['glrt-', 'glrtr-'],
  ),
  prefixed('gitlab-runner-registration-token', 'GitLab runner registration token', 'gitlab', 'high', 'GR1348941[A-Za-z0-9_-]{20}', [
    'GR1348941',
  ]),
  prefixed('gitlab-deploy-token', 'GitLab deploy token', 'gitlab', 'high', 'gldt-[A-Za-z0-9_-]{20,300}', ['gldt-']),
  prefixed('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'gitlab', 'high', 'glptt-[A-Za-z0-9_-]{20,300}', ['glptt-']),
  prefixed('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'gitlab', 'medium', 'glcbt-[A-Za-z0-9_-]{20,300}', ['glcbt-']),
  prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gitlab', 'high', 'gloas-[A-Za-z0-9_-]{64}', ['gloas-']),
  prefixed('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'gitlab', 'high', 'glagent-[A-Za-z0-9_-]{50,300}', ['glagent-']),
  prefixed('gitlab-scim-token', 'GitLab SCIM OAuth token', 'gitlab', 'high', 'glsoat-[A-Za-z0-9_-]{20,300}', ['glsoat-']),
  prefixed('gitlab-feed-token', 'GitLab feed token', 'gitlab', 'medium', 'glft-[A-Za-z0-9_-]{20,300}', ['glft-']),
  prefixed('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'gitlab', 'medium', 'glimt-[A-Za-z0-9_-]{25,300}', ['glimt-']),
  prefixed('gitlab-feature-flags-token', 'GitLab feature flags client token', 'gitlab', 'low', 'glffct-[A-Za-z0-9_-]{20,300}', ['glffct-']),
];
