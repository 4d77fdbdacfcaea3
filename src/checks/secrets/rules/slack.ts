// Slack (https://api.slack.com/concepts/token-types)
import type { SecretRule } from '../rule.js';
import { prefixed } from './shape.js';

export const SLACK_RULES: readonly SecretRule[] = [
  prefixed(
    'slack-bot-token',
    'Slack bot token',
    'slack',
    'high',
    'xoxb-(?:[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}|[0-9]{8,14}-[A-Za-z0-9]{18,26})',
    ['xoxb-'],
  ),
  prefixed('slack-user-token', 'Slack user token', 'slack', 'high', 'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}', ['xoxp-', 'xoxe-']),
  prefixed('slack-app-token', 'Slack app-level token', 'slack', 'high', 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[A-Za-z0-9]{32,80}', [
    'xapp-',
  ]),
  prefixed(
    'slack-config-token',
    'Slack configuration access or refresh token',
    'slack',
    'high',
    String.raw`xoxe(?:\.xox[bp]-[0-9]-[A-Za-z0-9]{163,166}|-[0-9]-[A-Za-z0-9]{146})`,
    ['xoxe'],
  ),
  prefixed('slack-legacy-token', 'Slack legacy token', 'slack', 'high', 'xox[osar]-(?:[0-9]{1,13}-){1,3}[0-9A-Za-z]{8,48}', [
    'xoxo-',
    'xoxs-',
    'xoxa-',
    'xoxr-',
  ]),
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    description: 'Anyone holding the URL can post to the channel.',
    provider: 'slack',
    severity: 'medium',
    regex: String.raw`((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_]{8,12}/[A-Za-z0-9_]{8,13}/[A-Za-z0-9_/]{20,80})`,
    keywords: ['hooks.slack.com'],
  },
];
