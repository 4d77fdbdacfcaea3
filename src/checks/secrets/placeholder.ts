// What a credential-shaped string looks like when it is not a credential: documentation examples,
// template references, filler. Applied to every rule's secret (unless the rule opts out), and, for
// free-form values of generic rules, the shape checks below.
import { shannonEntropy } from './entropy.js';

// Bits per character above which a `/…` value is taken for a random key rather than a path.
const RANDOM_ENTROPY = 4.3;

// Words that mark an example when they stand as words in the value: near its start or end, or next to a separator
// (`AKIAIOSFODNN7EXAMPLE`, `ghp_example…`, `my-dummy-token`, `sk_test_FakeKey…`).
const PLACEHOLDER_WORDS =
  /example|placeholder|changeme|change[_-]me|redacted|dummy|foobar|lorem|ipsum|sample|insert[_-]?(?:your|key|token|here)|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass)|replace[_-]?(?:me|this|with)|fake[_-]?(?:key|token|secret)?|not[_-]?a[_-]?real|qwerty/gi;
// Filler that no random value holds, wherever it is: `xxxx`, `***`, `...`, counting runs.
const FILLER = /xxxx|\*\*\*|\.\.\.|0123456789|123456789|abcdefghij|abc123|123abc|xyz123/i;
// Shortest random stretch, either side of a word, that makes the word a chance occurrence inside a random value.
const RANDOM_AROUND = 12;

/**
 * Whether a placeholder word in `secret` stands as a word, rather than by chance inside random text: a long
 * random token spells `dummy` or `SaMPle` in mixed case now and then (test files hold thousands of them), and
 * dropping it for that loses a real secret.
 */
function hasPlaceholderWord(secret: string): boolean {
  PLACEHOLDER_WORDS.lastIndex = 0;
  for (let m = PLACEHOLDER_WORDS.exec(secret); m; m = PLACEHOLDER_WORDS.exec(secret)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < RANDOM_AROUND || secret.length - end < RANDOM_AROUND) return true;
    const before = secret[start - 1]!;
    const after = secret[end]!;
    if (!/[A-Za-z0-9]/.test(before) || !/[A-Za-z0-9]/.test(after)) return true;
    // Written as a word (`EXAMPLE`, `example`, `Example`) deep inside a documentation value
    // (`…-EXAMPLEREFRESHTOKEN…`); random text spells it in one case about one time in 2^n.
    if (/^(?:[A-Z_-]+|[a-z_-]+|[A-Z][a-z_-]+)$/.test(m[0])) return true;
  }
  return false;
}
const TEMPLATE = /\$\{|\{\{|\}\}|<%|%>|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$|^#\{/;

/** Filler and template references: `AKIAIOSFODNN7EXAMPLE`, `${TOKEN}`, `<your-token>`, `xxxx…`, `changeme`. */
export function isPlaceholder(secret: string): boolean {
  if (FILLER.test(secret) || hasPlaceholderWord(secret) || TEMPLATE.test(secret)) return true;
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
  // A base64 secret can start with `/` (1 in 32 do). A path has no `+`, low entropy, and names that
  // rarely switch between lower case, upper case and digits; random base64 switches at about 6 pairs in
  // 10. Entropy alone let about 1 random key in 3,000 pass for a path; all three, none in 1,000,000.
  if (
    /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(value) &&
    !value.includes('+') &&
    shannonEntropy(value) < RANDOM_ENTROPY &&
    classSwitchRate(value) < 0.3
  )
    return true;
  if (value.includes('://') || FILE_NAME.test(value)) return true;
  if (WORDS.test(value) || CAMEL_OR_SCREAMING.test(value) || WORDY_IDENTIFIER.test(value) || DATE.test(value)) return true;
  // A regular expression's source (`(?:secret|token)`): the scanner's own rules, a validator's pattern.
  if (/\(\?[:=!<]/.test(value)) return true;
  // Calls and collections: `getPassword()`, `[a, b]`, `{…}`.
  if (/^[\w$.]+\(.*\)$|^\[.*\]$|^\{.*\}$/.test(value)) return true;
  // Letters only, and short: a word or identifier, not a key (random base62 of 20+ characters has digits).
  if (/^[A-Za-z_-]+$/.test(value) && value.length < 20) return true;
  return false;
}

/** The share of adjacent letter/digit pairs that change class (lower, upper, digit). */
function classSwitchRate(value: string): number {
  const classOf = (c: string): number => (c >= 'a' && c <= 'z' ? 1 : c >= 'A' && c <= 'Z' ? 2 : c >= '0' && c <= '9' ? 3 : 0);
  let pairs = 0;
  let switches = 0;
  for (let i = 1; i < value.length; i++) {
    const a = classOf(value[i - 1]!);
    const b = classOf(value[i]!);
    if (a === 0 || b === 0) continue;
    pairs++;
    if (a !== b) switches++;
  }
  return pairs === 0 ? 0 : switches / pairs;
}
