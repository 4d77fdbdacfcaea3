// Business SaaS, messaging and CDN APIs: rules written from each provider's documented token format (prefix, length, alphabet);
// where a format has no prefix, the value must be assigned to a key that names the provider and a secret.
import type { SecretRule } from '../rule.js';
import { named, prefixed } from './shape.js';

export const BUSINESS_RULES: readonly SecretRule[] = [
  named('intercom-api-key', 'Intercom access token', 'intercom', 'high', ['intercom'], '[A-Za-z0-9=_-]{60}'),
  named('hubspot-api-key', 'HubSpot API key', 'hubspot', 'high', ['hubspot'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
  prefixed('hubspot-private-app-token', 'HubSpot private app access token', 'hubspot', 'high', 'pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', ['pat-na', 'pat-eu']),
  named('zendesk-secret-key', 'Zendesk API token', 'zendesk', 'high', ['zendesk'], '[A-Za-z0-9]{40}'),
  named('freshbooks-access-token', 'FreshBooks access token', 'freshbooks', 'medium', ['freshbooks'], '[a-z0-9]{64}'),
  named('messagebird-api-token', 'MessageBird API key or client id', 'messagebird', 'high', ['messagebird', 'message-bird', 'message_bird'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{25})', { part: '(?:secret|token|key|id)' }),
  named('sendbird-access-token', 'Sendbird API token or application id', 'sendbird', 'high', ['sendbird'], '(?:[a-f0-9]{40}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})', { part: '(?:secret|token|key|id)' }),
  prefixed('sendinblue-api-token', 'Brevo (Sendinblue) API key', 'sendinblue', 'high', 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}', ['xkeysib-']),
  named('asana-client-secret', 'Asana client id or secret', 'asana', 'medium', ['asana'], '(?:[A-Za-z0-9]{32}|[0-9]{16})', { part: '(?:secret|token|key|id)' }),
  named('adobe-client-id', 'Adobe client id', 'adobe', 'low', ['adobe'], '[a-f0-9]{32}', { part: '(?:secret|token|key|id)' }),
  prefixed('adobe-client-secret', 'Adobe client secret', 'adobe', 'high', 'p8e-[A-Za-z0-9]{32}', ['p8e-']),
  prefixed('alibaba-access-key-id', 'Alibaba Cloud AccessKey id', 'alibaba', 'high', 'LTAI[A-Za-z0-9]{20}', ['LTAI']),
  named('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', 'alibaba', 'high', ['alibaba'], '[A-Za-z0-9]{30}'),
  named('algolia-api-key', 'Algolia API key', 'algolia', 'high', ['algolia'], '[a-zA-Z0-9]{32}'),
  named('bitbucket-client-secret', 'Bitbucket OAuth consumer key or secret', 'atlassian', 'high', ['bitbucket'], '(?:[A-Za-z0-9=_-]{64}|[A-Za-z0-9]{32})', { part: '(?:secret|token|key|id)' }),
  named('looker-client-secret', 'Looker API client id or secret', 'looker', 'high', ['looker'], '(?:[A-Za-z0-9]{24}|[A-Za-z0-9]{20})', { part: '(?:secret|token|key|id)' }),
  prefixed('mailgun-public-key', 'Mailgun public validation key', 'mailgun', 'low', 'pubkey-[a-f0-9]{32}', ['pubkey-']),
  named('mailgun-signing-key', 'Mailgun webhook signing key', 'mailgun', 'high', ['mailgun'], '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}'),
  named('linear-client-secret', 'Linear OAuth client secret', 'linear', 'high', ['linear'], '[a-f0-9]{32}'),
  prefixed('maxmind-license-key', 'MaxMind license key', 'maxmind', 'high', '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk', ['_mmk'], { window: 'line' }),
  named('fastly-api-token', 'Fastly API token', 'fastly', 'high', ['fastly'], '[A-Za-z0-9_-]{32}'),
  named('cloudflare-api-key', 'Cloudflare API token or global API key', 'cloudflare', 'high', ['cloudflare'], '(?:[A-Za-z0-9_-]{40}|[a-f0-9]{37})', { part: '(?:secret|token|key|auth|pass)' }),
  named('typeform-legacy-token', 'Typeform API token (context)', 'typeform', 'medium', ['typeform'], '[A-Za-z0-9_.=-]{44}'),
  prefixed('perplexity-api-key', 'Perplexity API key', 'perplexity', 'high', 'pplx-[A-Za-z0-9]{48}', ['pplx-']),
  named('cohere-api-token', 'Cohere API key', 'cohere', 'high', ['cohere', 'co_api_key'], '[A-Za-z0-9]{40}'),
  named('dynatrace-token-context', 'Dynatrace API token (context)', 'dynatrace', 'high', ['dynatrace'], String.raw`dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}`),
  named('airtable-api-key', 'Airtable API key (legacy)', 'airtable', 'high', ['airtable'], '[A-Za-z0-9]{17}'),
];
