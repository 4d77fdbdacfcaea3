// What a credential-shaped string looks like when it is not a credential: documentation examples,
// template references, filler. Applied to every rule's secret (unless the rule opts out), and, for
// free-form values of generic rules, the shape checks below.
import { shannonEntropy } from './entropy.js';

// Bits per character above which a `/…` value is taken for a random key rather than a path.
const RANDOM_ENTROPY = 4.3;

const PLACEHOLDER_WORDS =
  /example|placeholder|changeme|change[_-]me|redacted|dummy|foobar|lorem|ipsum|sample|insert[_-]?(?:your|key|token|here)|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass)|replace[_-]?(?:me|this|with)|fake[_-]?(?:key|token|secret)|not[_-]?a[_-]?real|xxxx|\*\*\*|\.\.\.|0123456789|123456789|abcdefghij|qwerty|abc123|123abc|xyz123/i;
const TEMPLATE = /\$\{|\{\{|\}\}|<%|%>|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$|^#\{/;

/** Filler and template references: `AKIAIOSFODNN7EXAMPLE`, `${TOKEN}`, `<your-token>`, `xxxx…`, `changeme`. */
export function isPlaceholder(secret: string): boolean {
  if (PLACEHOLDER_WORDS.test(secret) || TEMPLATE.test(secret)) return true;
  // A run of six identical characters (`ghp_aaaaaa…`, `000000`) is filler: in a random base62 token it
  // has odds of about one in a billion per position.
  if (/(.)\1{5}/.test(secret)) return true;
  return new Set(secret).size <= 3 && secret.length >= 8;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|env\.|ENV\[|System\.getenv|secrets\.|vars\.|config\.|settings\.|self\.|this\.|ctx\.|context\.|req\.|request\.|params\.|props\.|options\.|opts\.|args\.|vault:|ref\+|arn:aws:|projects\/|sm:\/\/|op:\/\/|keyvault|azurekeyvault)/i;
const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\[[^\]]*\])*(?:\.[A-Za-z_$][\w$]*(?:\[[^\]]*\])*)+(?:\(\))?$/;
// Identifiers made of words, acronyms included: `TLSInspectionConfigurationResponse`, `bearerTokenAuth`.
const WORDY_IDENTIFIER = /^(?:[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]{2,}|[A-Z]{2,}$)+$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WORDS = /^(?:[a-z]+(?:[-_. ][a-z]+)*|[A-Za-z]+(?:[-_./:#@ ]+[A-Za-z]+)+)$/;
const CAMEL_OR_SCREAMING = /^(?:[a-z]+(?:[A-Z][a-z]*)+|[A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z]+(?:_[A-Z]+)*)$/;
const HASH_PREFIX = /^(?:sha1|sha224|sha256|sha384|sha512|md5)[-:]/i;
const FILE_NAME = /\.(?:json|ya?ml|txt|pem|key|crt|cer|p12|pfx|jks|js|mjs|ts|py|rb|go|env|ini|cfg|conf|xml|html|png|svg|lock)$/i;

/**
 * For values a generic rule caught by their key name: true when the value is evidently something other than
 * a secret — a reference to one (`process.env.X`, `${X}`), an identifier, a path, a URL, words, a UUID, an
 * integrity hash or a data URI.
 */
export function isNonSecretValue(value: string): boolean {
  if (UUID.test(value) || HASH_PREFIX.test(value) || value.startsWith('data:')) return true;
  // Credentials are ASCII; text in other scripts is a message, not a key.
  if (/[^\x20-\x7e]/.test(value)) return true;
  if (REFERENCE.test(value) || DOTTED_IDENTIFIER.test(value)) return true;
  // A base64 secret can start with `/` (1 in 32 do): a path has low entropy, a random key does not.
  if (/^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(value) && shannonEntropy(value) < RANDOM_ENTROPY) return true;
  if (value.includes('://') || FILE_NAME.test(value)) return true;
  if (WORDS.test(value) || CAMEL_OR_SCREAMING.test(value) || WORDY_IDENTIFIER.test(value) || DATE.test(value)) return true;
  // Calls and collections: `getPassword()`, `[a, b]`, `{…}`.
  if (/^[\w$.]+\(.*\)$|^\[.*\]$|^\{.*\}$/.test(value)) return true;
  // Letters only, and short: a word or identifier, not a key (random base62 of 20+ characters has digits).
  if (/^[A-Za-z_-]+$/.test(value) && value.length < 20) return true;
  return false;
}
