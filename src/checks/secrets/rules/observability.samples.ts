// True- and false-positive samples of the observability.ts rules beside this file, keyed by rule id (tests/secrets/rule-samples.test.ts).
// Every value is random text shaped like the documented format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const OBSERVABILITY_SAMPLES: RuleSamples = {
  'sumologic-access-id': {
    tp: ['SUMO_CLIENT_SECRET="suVoM8V1malDD0"', 'const sumoClientSecret = "suVoM8V1malDD0";'],
    fp: ['SUMO_URL="suVoM8V1malDD0"'],
  },
  'sumologic-access-key': {
    tp: [
      'SUMO_API_TOKEN="y0p7C6wo7JUTwlEOiFQvccRph4vSpl1djFaZ0jRTCFQUSHADcgJOgl1g1ojQUXif"',
      'const sumoToken = "y0p7C6wo7JUTwlEOiFQvccRph4vSpl1djFaZ0jRTCFQUSHADcgJOgl1g1ojQUXif";',
    ],
    fp: ['SUMO_URL="y0p7C6wo7JUTwlEOiFQvccRph4vSpl1djFaZ0jRTCFQUSHADcgJOgl1g1ojQUXif"'],
  },
  'datadog-access-token': {
    tp: [
      'DATADOG_API_TOKEN="b0345b6a0f4bbe71fb9d4764a0aaf43bdf9987ae"',
      'const datadogToken = "b0345b6a0f4bbe71fb9d4764a0aaf43bdf9987ae";',
    ],
    fp: ['DATADOG_URL="b0345b6a0f4bbe71fb9d4764a0aaf43bdf9987ae"'],
  },
  'sentry-access-token': {
    tp: [
      'SENTRY_API_TOKEN="adb22f1eb857e466778b040ae1da7767eb6a227041bedf78574067bfb8a49808"',
      'const sentryToken = "adb22f1eb857e466778b040ae1da7767eb6a227041bedf78574067bfb8a49808";',
    ],
    fp: ['SENTRY_URL="adb22f1eb857e466778b040ae1da7767eb6a227041bedf78574067bfb8a49808"'],
  },
  'grafana-api-key': {
    tp: [
      'GRAFANA_API_KEY="eyJrIjoiB7fFLWw6eVsqstrGG2xHX94odRMSB1oC6hDv1kgnI5hSK4wQGVkdqazD2Cfm8NDRxKSVw1qDY11"',
      "  token: 'eyJrIjoiB7fFLWw6eVsqstrGG2xHX94odRMSB1oC6hDv1kgnI5hSK4wQGVkdqazD2Cfm8NDRxKSVw1qDY11'",
    ],
    fp: ['GRAFANA_API_KEY="eyJrIjoiKXsG0iD68b6FCoVE"'],
  },
  'microsoft-teams-webhook': {
    tp: [
      'MICROSOFT_TEAMS_WEBHOOK="https://contoso.webhook.office.com/webhookb2/iwu1o64-u54dtejhfzjpnzpwqnkntoxsiznl@i157rey0cxh6jjda25p31bby2tnqxzkkksfz/IncomingWebhook/or33w75lqkuptwi28r7rqpccyjc1wr79/k24szi-hyzgvyr13qi35r1uxgtgf3rqey0pq"',
      "  token: 'https://contoso.webhook.office.com/webhookb2/iwu1o64-u54dtejhfzjpnzpwqnkntoxsiznl@i157rey0cxh6jjda25p31bby2tnqxzkkksfz/IncomingWebhook/or33w75lqkuptwi28r7rqpccyjc1wr79/k24szi-hyzgvyr13qi35r1uxgtgf3rqey0pq'",
    ],
    fp: [
      'MICROSOFT_TEAMS_WEBHOOK="https://contoso.webhook.office.com/webhookb2/ng7n8h9u37550-e8h0h0mxf2wbr-zxghsnux@scro34r048idxim5jbul8mhgmtzmc-izw-6f/IncomingWebhook/k2mde7in9gfa8i5m0vwpitz5k6sxgnwo/igoxy1ocet3y6yjnjine4l-oakeqbihmc-k"',
    ],
  },
  'new-relic-browser-token': {
    tp: ['NEW_RELIC_BROWSER_TOKEN="NRJS-bb8b52ef18db001a1b4"', "  token: 'NRJS-bb8b52ef18db001a1b4'"],
    fp: ['NEW_RELIC_BROWSER_TOKEN="NRJS-2616a6d96a32e2a2eb"'],
  },
  'new-relic-insert-key': {
    tp: ['NEW_RELIC_INSERT_KEY="NRII-lEx71T7QkFEh2J7hbB9J8C4u1fGfdI7s"', "  token: 'NRII-lEx71T7QkFEh2J7hbB9J8C4u1fGfdI7s'"],
    fp: ['NEW_RELIC_INSERT_KEY="NRII-5blPjLvmynxXKMjJPrUzw2kcMWTVOCM"'],
  },
  'new-relic-user-api-id': {
    tp: [
      'NEWRELIC_CLIENT_SECRET="6IF8W0BE2Y4GN796HHRU28VPBZ1MCZRSENJ6ITVGHME7KIFN2FKZEW3ZLB213DI3"',
      'const newrelicClientSecret = "6IF8W0BE2Y4GN796HHRU28VPBZ1MCZRSENJ6ITVGHME7KIFN2FKZEW3ZLB213DI3";',
    ],
    fp: ['NEWRELIC_URL="6IF8W0BE2Y4GN796HHRU28VPBZ1MCZRSENJ6ITVGHME7KIFN2FKZEW3ZLB213DI3"'],
  },
  'netlify-token-context': {
    tp: [
      'NETLIFY_API_TOKEN="XTaRbryIbZTcTpQEH67qMkMtEaACwaQAYSMSiYgic"',
      'const netlifyToken = "XTaRbryIbZTcTpQEH67qMkMtEaACwaQAYSMSiYgic";',
    ],
    fp: ['NETLIFY_URL="XTaRbryIbZTcTpQEH67qMkMtEaACwaQAYSMSiYgic"'],
  },
  'adafruit-api-key-context': {
    tp: ['ADAFRUIT_API_TOKEN="agbu79xw28gp3iam8w1f66_-lvfzapb5"', 'const adafruitToken = "agbu79xw28gp3iam8w1f66_-lvfzapb5";'],
    fp: ['ADAFRUIT_URL="agbu79xw28gp3iam8w1f66_-lvfzapb5"'],
  },
  'cisco-meraki-api-key': {
    tp: ['MERAKI_API_TOKEN="760ab9982d45440f56332191de4499733558261b"', 'const merakiToken = "760ab9982d45440f56332191de4499733558261b";'],
    fp: ['MERAKI_URL="760ab9982d45440f56332191de4499733558261b"'],
  },
  'openai-api-key-context': {
    tp: [
      'OPENAI_API_TOKEN="sk-LeULrgxMqcl8xFgRwWHL5QA5BUGr98tXMvsEbYFJrmlR7mT3"',
      'const openaiToken = "sk-LeULrgxMqcl8xFgRwWHL5QA5BUGr98tXMvsEbYFJrmlR7mT3";',
    ],
    fp: ['OPENAI_URL="sk-LeULrgxMqcl8xFgRwWHL5QA5BUGr98tXMvsEbYFJrmlR7mT3"'],
  },
};
