// The built-in detectors, written from the token formats the providers document (prefixes, lengths,
// alphabets). Reviewed like data: one file per provider family under rules/, one entry per credential
// type, each with true- and false-positive samples in the family's .samples.ts beside it (one test runs
// them all: tests/secrets/rule-samples.test.ts). Order matters: when two rules match the same text, the
// earlier, non-generic one wins, so the specific families come first and the generic ones last.
import type { SecretRule } from './rule.js';
import { AWS_RULES } from './rules/aws.js';
import { GITHUB_RULES } from './rules/github.js';
import { GITLAB_RULES } from './rules/gitlab.js';
import { SLACK_RULES } from './rules/slack.js';
import { STRIPE_RULES } from './rules/stripe.js';
import { GOOGLE_RULES } from './rules/google.js';
import { AZURE_RULES } from './rules/azure.js';
import { REGISTRIES_RULES } from './rules/registries.js';
import { SAAS_RULES } from './rules/saas.js';
import { AI_RULES } from './rules/ai.js';
import { CLOUD_RULES } from './rules/cloud.js';
import { DEVTOOLS_RULES } from './rules/devtools.js';
import { FINANCE_RULES } from './rules/finance.js';
import { SOCIAL_RULES } from './rules/social.js';
import { BUSINESS_RULES } from './rules/business.js';
import { OBSERVABILITY_RULES } from './rules/observability.js';
import { PRIVATE_KEYS_RULES } from './rules/private-keys.js';
import { GENERIC_RULES } from './rules/generic.js';

/** Every built-in rule family, in precedence order. */
export const RULE_FAMILIES: Readonly<Record<string, readonly SecretRule[]>> = {
  aws: AWS_RULES,
  github: GITHUB_RULES,
  gitlab: GITLAB_RULES,
  slack: SLACK_RULES,
  stripe: STRIPE_RULES,
  google: GOOGLE_RULES,
  azure: AZURE_RULES,
  registries: REGISTRIES_RULES,
  saas: SAAS_RULES,
  ai: AI_RULES,
  cloud: CLOUD_RULES,
  devtools: DEVTOOLS_RULES,
  finance: FINANCE_RULES,
  social: SOCIAL_RULES,
  business: BUSINESS_RULES,
  observability: OBSERVABILITY_RULES,
  'private-keys': PRIVATE_KEYS_RULES,
  generic: GENERIC_RULES,
};

export const BUILTIN_RULES: readonly SecretRule[] = Object.values(RULE_FAMILIES).flat();
