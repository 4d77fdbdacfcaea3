// Payments, banking, trading and shipping APIs: rules written from each provider's documented token format (prefix, length, alphabet);
// where a format has no prefix, the value must be assigned to a key that names the provider and a secret.
import type { SecretRule } from '../rule.js';
import { named, prefixed } from './shape.js';

export const FINANCE_RULES: readonly SecretRule[] = [
  prefixed(
    'plaid-access-token',
    'Plaid access token',
    'plaid',
    'high',
    'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    ['access-sandbox-', 'access-development-', 'access-production-'],
  ),
  named('plaid-secret', 'Plaid client id or secret', 'plaid', 'high', ['plaid'], '(?:[a-f0-9]{30}|[A-Za-z0-9]{24})', {
    part: '(?:secret|token|key|id)',
  }),
  named('finicity-secret', 'Finicity API token or client secret', 'finicity', 'high', ['finicity'], '(?:[a-f0-9]{32}|[a-z0-9]{20})'),
  prefixed(
    'flutterwave-key',
    'Flutterwave public, secret or encryption key',
    'flutterwave',
    'high',
    'FLW(?:PUBK|SECK)(?:_TEST)?-?[a-h0-9]{12,32}(?:-X)?',
    ['FLWPUBK', 'FLWSECK'],
  ),
  named('gocardless-api-token', 'GoCardless access token', 'gocardless', 'high', ['gocardless'], '(?:live|sandbox)_[A-Za-z0-9_=-]{40}'),
  named('coinbase-access-token', 'Coinbase access token', 'coinbase', 'high', ['coinbase'], '[A-Za-z0-9_-]{64}'),
  named('kraken-access-token', 'Kraken API key or private key', 'kraken', 'high', ['kraken'], '[A-Za-z0-9/=_+-]{80,90}'),
  named(
    'kucoin-secret',
    'KuCoin API key or secret',
    'kucoin',
    'high',
    ['kucoin'],
    '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-f0-9]{24})',
  ),
  named('bittrex-secret', 'Bittrex API key or secret', 'bittrex', 'high', ['bittrex'], '[a-z0-9]{32}'),
  prefixed('easypost-api-key', 'EasyPost API key', 'easypost', 'high', 'EZ[AT]K[A-Za-z0-9]{54}', ['EZAK', 'EZTK']),
  prefixed('shippo-api-token', 'Shippo API token', 'shippo', 'high', 'shippo_(?:live|test)_[a-fA-F0-9]{40}', ['shippo_']),
  named('lob-api-key', 'Lob API key', 'lob', 'high', ['lob'], '(?:live|test)_(?:pub_)?[a-f0-9]{31,35}'),
  prefixed('duffel-api-token', 'Duffel API token', 'duffel', 'high', 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}', ['duffel_']),
  named('finnhub-access-token', 'Finnhub access token', 'finnhub', 'medium', ['finnhub'], '[a-z0-9]{20}'),
  named('freemius-secret-key', 'Freemius secret key', 'freemius', 'high', ['secret_key'], String.raw`sk_[\x21-\x7e]{29}`, {
    part: '',
    path: String.raw`\.php$`,
  }),
];
