// True- and false-positive samples of the Slack rules (slack.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const SLACK_SAMPLES: RuleSamples = {
  'slack-bot-token': {
    tp: ["    'slack_bot_token' => 'xoxb-064541904338-2928239885381-UvktaYOLOGCQzJwZN6BjRG2v',"],
    // too short for the format
    fp: ["    'slack_bot_token' => 'xoxb-064541904338-2928239885',"],
  },
  'slack-user-token': {
    tp: ['export SLACK_USER_TOKEN="xoxp-147786564829-254356737157-3350789769503-db2f2fd6b350cdb7e94544af770e1759"'],
    // too short for the format
    fp: ['export SLACK_USER_TOKEN="xoxp-147786564829-254356737157-3350789"'],
  },
  'slack-app-token': {
    tp: ['  slack_app_token = "xapp-1-A69M2LCZ79E-0506195116648-d949d3e3c05ae33b83753d3e370096ff8221b4a3cef8351d7d806774d4c3b468"'],
    // too short for the format
    fp: ['  slack_app_token = "xapp-1-A69M2LCZ79E-0506195116648-d949d3e3c05ae33"'],
  },
  'slack-config-token': {
    tp: [
      'slack_config = "xoxe.xoxp-1-CXQ66A5X8IAIRD7MF9CID95JLE179M9GL408HSM2GUIO8T320SM5999XBBLC3AM21RFLZT717SFR7ZQXHUJF4PMG5BBB0O8MJ8Q0FG6247BXK8YHOX55AGGA9IJS3LXUZDS8TTJUQDVSO0CS0K0YPVAFP6GXH2YIDVFL"',
    ],
    // too short for the format
    fp: ['slack_config = "xoxe.xoxp-1-CXQ66A5X8IAIRD7MF9CID95JLE179M9GL408HSM2GUIO8T320SM5999XBBLC3AM21RFLZT717SFR"'],
  },
  'slack-legacy-token': {
    tp: ['    val slackLegacy = "xoxs-7570088224-2766082957-196268460329-5513a73ae27d8233"'],
    // too short for the format
    fp: ['    val slackLegacy = "xoxs-7570088224-2766082957-1"'],
  },
  'slack-webhook-url': {
    tp: ['slack_webhook = https://hooks.slack.com/services/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'],
    // too short for the format
    fp: ['slack_webhook = https://hooks.slack.com/services/TACPNJ'],
  },
};
