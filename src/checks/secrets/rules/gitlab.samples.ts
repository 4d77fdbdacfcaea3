// True- and false-positive samples of the GitLab rules (gitlab.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const GITLAB_SAMPLES: RuleSamples = {
  'gitlab-pat': {
    tp: ['  "gitlabToken": "glpat-tldwZs1NJqSnIxXtRWt0",'],
    // too short for the format
    fp: ['  "gitlabToken": "glpat-tldwZs1",'],
  },
  'gitlab-runner-auth-token': {
    tp: ['\trunnerToken := "glrt-r_P8NYOEEysnEP_i0Vkw"'],
    // too short for the format
    fp: ['\trunnerToken := "glrt-r_P8NYO"'],
  },
  'gitlab-runner-registration-token': {
    tp: ["    'registration_token' => 'GR1348941N0rpGIuAbr775_wMPSav',"],
    // too short for the format
    fp: ["    'registration_token' => 'GR1348941N0rpG',"],
  },
  'gitlab-deploy-token': {
    tp: ['export DEPLOY_PASSWORD="gldt-WhuBVy_GUGqx5ECxoK91"'],
    // too short for the format
    fp: ['export DEPLOY_PASSWORD="gldt-WhuBVy_"'],
  },
  'gitlab-pipeline-trigger-token': {
    tp: ['  trigger = "glptt-99ae448b44e7fb5e4688ccc735ce5daa6c32199f"'],
    // too short for the format
    fp: ['  trigger = "glptt-99ae448b44e7fb5e4"'],
  },
  'gitlab-cicd-job-token': {
    tp: ['ci_job = "glcbt-a9_a54mBCb9veIIY6X1K02Y"'],
    // too short for the format
    fp: ['ci_job = "glcbt-a9_a54mB"'],
  },
  'gitlab-oauth-app-secret': {
    tp: ['    val oauthSecret = "gloas-083baa02ab2db1d5a05a39882c6a99866b9fe8c8d6d452937009f061d2ab935e"'],
    // too short for the format
    fp: ['    val oauthSecret = "gloas-083baa02ab2db1d5a05a39882c6a9"'],
  },
  'gitlab-agent-token': {
    tp: ['agent = glagent-cwtMc8Vo-4E04Ic12gbg-QzOU-FlEtvxbXHgozI67egNprV5dk'],
    // too short for the format
    fp: ['agent = glagent-cwtMc8Vo-4E04Ic12gbg-'],
  },
  'gitlab-scim-token': {
    tp: ['SCIM=glsoat-EPhZeOpigHfpyGzfSgck'],
    // too short for the format
    fp: ['SCIM=glsoat-EPhZeO'],
  },
  'gitlab-feed-token': {
    tp: ['  "feed": "glft-68MGLyo7_-m-030z-tzf",'],
    // too short for the format
    fp: ['  "feed": "glft-68MGLyo",'],
  },
  'gitlab-incoming-mail-token': {
    tp: ['export const INCOMING_MAIL: string = "glimt-c4EmVQBFaNquFaL34zKDDgzZL";'],
    // too short for the format
    fp: ['export const INCOMING_MAIL: string = "glimt-c4EmVQBFa";'],
  },
  'gitlab-feature-flags-token': {
    tp: ['\tunleashInstance := "glffct-DEkCa_MmYuq6_0eMCwSc"'],
    // too short for the format
    fp: ['\tunleashInstance := "glffct-DEkCa_"'],
  },
};
