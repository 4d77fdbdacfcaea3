// True- and false-positive samples of the GitHub rules (github.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const GITHUB_SAMPLES: RuleSamples = {
  'github-pat': {
    tp: ['export GITHUB_TOKEN="ghp_XeiE2fvNXPMYN2c5Kw8jczj1I7qZK9dQtoUa"'],
    // too short for the format
    fp: ['export GITHUB_TOKEN="ghp_XeiE2fvNXPMYN2c5"'],
  },
  'github-fine-grained-pat': {
    tp: ['  gh_token = "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"'],
    // too short for the format
    fp: ['  gh_token = "github_pat_11LQ8HV931VNHQ1MWJZX78_PlJnw4tylcXl"'],
  },
  'github-oauth-token': {
    tp: ['gh_oauth = "gho_d6mK1TfIuPuHywaIiujqQENTTyNPUoZ8s1Dq"'],
    // too short for the format
    fp: ['gh_oauth = "gho_d6mK1TfIuPuHywaI"'],
  },
  'github-app-token': {
    tp: ['    val ghInstallation = "ghs_xxt0KNxBcybk8lnRfTvvtsfYIRlaS6bX7lYf"'],
    // too short for the format
    fp: ['    val ghInstallation = "ghs_xxt0KNxBcybk8lnR"'],
  },
  'github-refresh-token': {
    tp: ['GH_REFRESH=ghr_dMuj5oFzamFXdpYdY4cuMRxJVUNz2gY12LI8CLj3xFVuq22vGCHfkz4ci4i20nR2myfWggRlTSTs'],
    // a documented placeholder
    fp: ['GH_REFRESH=ghr_dMujxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
