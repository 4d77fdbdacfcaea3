// Monitoring, logging and alerting services: rules written from each provider's documented token format (prefix, length, alphabet);
// where a format has no prefix, the value must be assigned to a key that names the provider and a secret.
import type { SecretRule } from '../rule.js';
import { named, prefixed } from './shape.js';

export const OBSERVABILITY_RULES: readonly SecretRule[] = [
  named('sumologic-access-id', 'Sumo Logic access id', 'sumologic', 'medium', ['sumo'], 'su[A-Za-z0-9]{12}', {
    part: '(?:id|key|token|secret|access)',
  }),
  named('sumologic-access-key', 'Sumo Logic access key', 'sumologic', 'high', ['sumo'], '[A-Za-z0-9]{64}', {
    part: '(?:key|token|secret|access)',
  }),
  named(
    'datadog-access-token',
    'Datadog API or application key',
    'datadog',
    'high',
    ['datadog', 'dd_api', 'dd_app'],
    '(?:[a-z0-9]{40}|[a-f0-9]{32})',
  ),
  named('sentry-access-token', 'Sentry auth token (legacy format)', 'sentry', 'high', ['sentry'], '[a-f0-9]{64}'),
  prefixed('grafana-api-key', 'Grafana API key (legacy)', 'grafana', 'high', 'eyJrIjoi[A-Za-z0-9]{70,400}={0,3}', ['eyJrIjoi']),
  prefixed(
    'microsoft-teams-webhook',
    'Microsoft Teams incoming webhook URL',
    'microsoft-teams',
    'medium',
    String.raw`https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36}`,
    ['https://'],
    { window: 'line' },
  ),
  prefixed('new-relic-browser-token', 'New Relic browser API token', 'newrelic', 'medium', 'NRJS-[a-f0-9]{19}', ['NRJS-']),
  prefixed('new-relic-insert-key', 'New Relic insert key', 'newrelic', 'high', 'NRII-[A-Za-z0-9_-]{32}', ['NRII-']),
  named('new-relic-user-api-id', 'New Relic user API id', 'newrelic', 'low', ['newrelic', 'new_relic', 'new-relic'], '[A-Z0-9]{64}', {
    part: '(?:id|key|token|secret)',
  }),
  named('netlify-token-context', 'Netlify access token (context)', 'netlify', 'high', ['netlify'], '[A-Za-z0-9=_-]{40,46}'),
  named('adafruit-api-key-context', 'Adafruit IO key (context)', 'adafruit', 'medium', ['adafruit'], '[a-z0-9_-]{32}'),
  named('cisco-meraki-api-key', 'Cisco Meraki API key', 'meraki', 'high', ['meraki'], '[0-9a-f]{40}'),
  named('openai-api-key-context', 'OpenAI API key (legacy format, context)', 'openai', 'high', ['openai'], 'sk-[A-Za-z0-9]{48}'),
];
