// True- and false-positive samples of the Stripe rules (stripe.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const STRIPE_SAMPLES: RuleSamples = {
  'stripe-live-secret-key': {
    tp: ['STRIPE_SECRET_KEY=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'],
    // a documented placeholder
    fp: ['STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'stripe-restricted-key': {
    tp: [
      'export const STRIPE_RESTRICTED: string = "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";',
    ],
    // a documented placeholder
    fp: [
      'export const STRIPE_RESTRICTED: string = "rk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";',
    ],
  },
  'stripe-test-key': {
    tp: ['\tstripeTest := "sk_test_oHNqdOxchuddbkeHFLF2EqbA"'],
    // too short for the format
    fp: ['\tstripeTest := "sk_test_oHNqdOxc"'],
  },
  'stripe-webhook-secret': {
    tp: ["    'stripe_webhook_secret' => 'whsec_dc1Tqe649ueTPk0DH1LycKcMMOIZppVQ',"],
    // too short for the format
    fp: ["    'stripe_webhook_secret' => 'whsec_dc1Tqe649ueTP',"],
  },
};
