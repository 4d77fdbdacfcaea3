// Social, media and consumer platform APIs: rules written from each provider's documented token format (prefix, length, alphabet);
// where a format has no prefix, the value must be assigned to a key that names the provider and a secret.
import type { SecretRule } from '../rule.js';
import { named, prefixed } from './shape.js';

export const SOCIAL_RULES: readonly SecretRule[] = [
  named(
    'twitter-secret',
    'Twitter/X API key, secret or access secret',
    'twitter',
    'high',
    ['twitter'],
    '(?:[A-Za-z0-9]{50}|[A-Za-z0-9]{45}|[A-Za-z0-9]{35}|[A-Za-z0-9]{25})',
  ),
  named('twitter-access-token', 'Twitter/X access token', 'twitter', 'high', ['twitter'], '[0-9]{15,25}-[A-Za-z0-9]{20,40}'),
  prefixed('twitter-bearer-token', 'Twitter/X bearer token', 'twitter', 'high', 'A{22}[A-Za-z0-9%]{80,100}', ['AAAAAAAAAAAAAAAAAAAAA'], {
    noPlaceholderCheck: true,
    // base64 of binary data (runs of `A` are zero bytes), not a token: a token's tail is random
    allow: { regexes: ['^A{22}[A-Za-z0-9%]*AAAA'] },
  }),
  named(
    'facebook-secret',
    'Facebook app secret or access token',
    'facebook',
    'high',
    ['facebook'],
    '(?:[0-9]{15,16}[|%][A-Za-z0-9_-]{27,40}|[a-f0-9]{32})',
  ),
  prefixed('facebook-page-access-token', 'Facebook page access token', 'facebook', 'high', 'EAA[MC][A-Za-z0-9]{100,}', ['EAAM', 'EAAC']),
  named(
    'linkedin-client-secret',
    'LinkedIn client id or secret',
    'linkedin',
    'medium',
    ['linkedin', 'linked_in', 'linked-in'],
    '(?:[A-Za-z0-9]{16}|[a-z0-9]{14})',
    { part: '(?:secret|token|key|id)' },
  ),
  named('twitch-api-token', 'Twitch API token', 'twitch', 'high', ['twitch'], '[a-z0-9]{30}'),
  named(
    'discord-client-secret',
    'Discord client secret, id or API token',
    'discord',
    'high',
    ['discord'],
    '(?:[a-f0-9]{64}|[A-Za-z0-9_=-]{32})',
    { part: '(?:secret|token|key|id)' },
  ),
  named('flickr-access-token', 'Flickr access token', 'flickr', 'medium', ['flickr'], '[a-z0-9]{32}'),
  named(
    'nytimes-access-token',
    'New York Times API token',
    'nytimes',
    'low',
    ['nytimes', 'new-york-times', 'newyorktimes'],
    '[A-Za-z0-9=_-]{32}',
  ),
  named('etsy-access-token', 'Etsy access token', 'etsy', 'medium', ['etsy'], '[a-z0-9]{24}'),
  prefixed('yandex-api-key', 'Yandex Cloud API key', 'yandex', 'high', 'AQVN[A-Za-z0-9_-]{35,38}', ['AQVN']),
  prefixed('yandex-iam-token', 'Yandex Cloud IAM token', 'yandex', 'high', String.raw`t1\.[A-Z0-9a-z_-]+={0,2}\.[A-Z0-9a-z_-]{86}={0,2}`, [
    't1.',
  ]),
  named(
    'yandex-access-token',
    'Yandex access token or static key',
    'yandex',
    'high',
    ['yandex'],
    '(?:YC[A-Za-z0-9_-]{38}|y[0-3]_[A-Za-z0-9_-]{55})',
  ),
  prefixed('dropbox-short-lived-token', 'Dropbox short-lived access token', 'dropbox', 'high', String.raw`sl\.[A-Za-z0-9_=-]{130,152}`, [
    'sl.',
  ]),
  named(
    'dropbox-api-token',
    'Dropbox API token',
    'dropbox',
    'high',
    ['dropbox'],
    '(?:[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}|[a-z0-9]{15})',
    { noPlaceholderCheck: true },
  ),
  named('mapbox-token', 'Mapbox access token', 'mapbox', 'medium', ['mapbox'], String.raw`[ps]k\.[A-Za-z0-9]{60,90}\.[A-Za-z0-9_-]{22}`),
  prefixed('typeform-api-token', 'Typeform personal access token', 'typeform', 'high', 'tfp_[A-Za-z0-9_.=-]{59}', ['tfp_']),
  prefixed('frameio-api-token', 'Frame.io developer token', 'frameio', 'high', 'fio-u-[A-Za-z0-9_=-]{64}', ['fio-u-']),
  named(
    'contentful-api-token',
    'Contentful delivery or management token',
    'contentful',
    'medium',
    ['contentful'],
    '(?:CFPAT-[A-Za-z0-9_-]{43}|[A-Za-z0-9=_-]{43})',
  ),
  named(
    'squarespace-access-token',
    'Squarespace API key',
    'squarespace',
    'high',
    ['squarespace'],
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  ),
  named('rapidapi-access-token', 'RapidAPI key', 'rapidapi', 'high', ['rapidapi'], '[A-Za-z0-9_-]{50}'),
  named('beamer-api-token', 'Beamer API key', 'beamer', 'medium', ['beamer'], 'b_[A-Za-z0-9=_-]{44}'),
];
