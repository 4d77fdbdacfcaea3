// True- and false-positive samples of the AI provider rules (ai.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const AI_SAMPLES: RuleSamples = {
  'openai-api-key': {
    tp: [
      'OPENAI_API_KEY=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',
    ],
    // too short for the format
    fp: ['OPENAI_API_KEY=sk-proj-ELLm_xlao69WyYUXNHJRTolbmGHadOA-cj5s070dnxx287Hn1j_ewM7UjlXyRLdXkj3Hag3r-a'],
  },
  'anthropic-api-key': {
    tp: [
      'export const ANTHROPIC_API_KEY: string = "sk-ant-api03-PCpDs4EYZIpLBgzgOrtk_jqcIY5mAu39AeR1ZUGXme4iAWdF9L3JedlMcba-E-K9VatiFpBMjlpP9ficx-fAXE4OJzgtJAA";',
    ],
    // too short for the format
    fp: ['export const ANTHROPIC_API_KEY: string = "sk-ant-api03-PCpDs4EYZIpLBgzgOrtk_jqcIY5mAu39AeR1ZUGXm";'],
  },
  'huggingface-token': {
    tp: ['\thfToken := "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"'],
    // too short for the format
    fp: ['\thfToken := "hf_IcWrWLcpMGzXWlf"'],
  },
  'huggingface-org-token': {
    tp: ["    'hf_org_token' => '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',"],
    // too short for the format
    fp: ["    'hf_org_token' => 'api_org_qKuhzAfXtyTzl',"],
  },
  'groq-api-key': {
    tp: ['export GROQ_API_KEY="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"'],
    // too short for the format
    fp: ['export GROQ_API_KEY="gsk_CEdCyHirPIWQXi8W2V0TW7ZD"'],
  },
  'replicate-api-token': {
    tp: ['  replicate_api_token = "r8_450VnYmn92fUMXQCoauKTtshDbfdG5CQJEAvd"'],
    // too short for the format
    fp: ['  replicate_api_token = "r8_450VnYmn92fUMXQCo"'],
  },
  'langsmith-api-key': {
    tp: ['langsmith_api_key = "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"'],
    // too short for the format
    fp: ['langsmith_api_key = "lsv2_pt_053ccae11af62468c"'],
  },
};
