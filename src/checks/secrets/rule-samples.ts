// The samples of every built-in rule family (rules/*.samples.ts), for tests/secrets/rule-samples.test.ts.
// Nothing at run time imports this: the bundle ships no samples.
import type { RuleSamples } from './rules/shape.js';
import { AWS_SAMPLES } from './rules/aws.samples.js';
import { GITHUB_SAMPLES } from './rules/github.samples.js';
import { GITLAB_SAMPLES } from './rules/gitlab.samples.js';
import { SLACK_SAMPLES } from './rules/slack.samples.js';
import { STRIPE_SAMPLES } from './rules/stripe.samples.js';
import { GOOGLE_SAMPLES } from './rules/google.samples.js';
import { AZURE_SAMPLES } from './rules/azure.samples.js';
import { REGISTRIES_SAMPLES } from './rules/registries.samples.js';
import { SAAS_SAMPLES } from './rules/saas.samples.js';
import { AI_SAMPLES } from './rules/ai.samples.js';
import { CLOUD_SAMPLES } from './rules/cloud.samples.js';
import { DEVTOOLS_SAMPLES } from './rules/devtools.samples.js';
import { FINANCE_SAMPLES } from './rules/finance.samples.js';
import { SOCIAL_SAMPLES } from './rules/social.samples.js';
import { BUSINESS_SAMPLES } from './rules/business.samples.js';
import { OBSERVABILITY_SAMPLES } from './rules/observability.samples.js';
import { PRIVATE_KEYS_SAMPLES } from './rules/private-keys.samples.js';
import { GENERIC_SAMPLES } from './rules/generic.samples.js';

/** Family name (as in RULE_FAMILIES) → the samples of its rules. */
export const RULE_SAMPLES: Readonly<Record<string, RuleSamples>> = {
  aws: AWS_SAMPLES,
  github: GITHUB_SAMPLES,
  gitlab: GITLAB_SAMPLES,
  slack: SLACK_SAMPLES,
  stripe: STRIPE_SAMPLES,
  google: GOOGLE_SAMPLES,
  azure: AZURE_SAMPLES,
  registries: REGISTRIES_SAMPLES,
  saas: SAAS_SAMPLES,
  ai: AI_SAMPLES,
  cloud: CLOUD_SAMPLES,
  devtools: DEVTOOLS_SAMPLES,
  finance: FINANCE_SAMPLES,
  social: SOCIAL_SAMPLES,
  business: BUSINESS_SAMPLES,
  observability: OBSERVABILITY_SAMPLES,
  'private-keys': PRIVATE_KEYS_SAMPLES,
  generic: GENERIC_SAMPLES,
};
