// The building blocks of the built-in rules: token edges, assignment shapes, and the two rule makers
// (a prefixed token, a PEM key block) most families use.
import type { SecretRule } from '../rule.js';

// Token edges: a token does not start or end in the middle of a longer word.
const L = '(?<![A-Za-z0-9_])';
export const R = '(?![A-Za-z0-9_])';
export const RD = '(?![A-Za-z0-9_-])';
// `key = "`, `key: '`, `"key": "`, `key => '`, `key := "` …
// A type annotation may sit between key and `=` (TypeScript, Kotlin, Swift: `KEY: string = "…"`).
export const TYPED = String.raw`(?:\s*:\s*[A-Za-z][\w<>[\]|?]*(?=\s*=))?`;
export const ASSIGN = String.raw`["'\]]{0,2}${TYPED}\s*(?::=|=>|=|:)\s*["'\x60]?`;
// Context rules also accept prose and CLI forms: "set `HEROKU_API_KEY` to `…`", `--twilio-token …`.
export const ASSIGN_LOOSE = String.raw`(?:${ASSIGN}|["'\]\x60]{0,2}\s+(?:to|is|=)?\s*["'\x60]?)`;
// Armoured key blocks: base64, headers (`Proc-Type: 4,ENCRYPTED`), whitespace and escaped `\n` in JSON/code.
export const KEY_BODY = String.raw`[A-Za-z0-9+/=\s:,.\\"'-]{64,}?`;

export function pemKey(id: string, title: string, label: string, severity: SecretRule['severity'] = 'critical'): SecretRule {
  return {
    id,
    title,
    description: `A ${title.toLowerCase()} in PEM form.`,
    provider: 'private-key',
    severity,
    regex: `(-----BEGIN ${label}-----${KEY_BODY}-----END ${label}-----)`,
    keywords: [`-----begin ${label.toLowerCase()}-----`],
    window: 'keyword',
    noPlaceholderCheck: true,
    allow: { regexes: [String.raw`\.\.\.|xxxx|<[a-z ]+>|\[[a-z ]+\]`], regexTarget: 'secret' },
  };
}

export function prefixed(
  id: string,
  title: string,
  provider: string,
  severity: SecretRule['severity'],
  body: string,
  keywords: string[],
  extra: Partial<SecretRule> = {},
): SecretRule {
  return { id, title, description: `${title}.`, provider, severity, regex: `${L}(${body})${RD}`, keywords, window: 'keyword', ...extra };
}

/** The secret-like word a provider-named key must also contain: `FASTLY_API_TOKEN`, `twitchSecret`, `sumo_access_key`. */
export const SECRETISH = '(?:secret|token|key|pass(?:word|wd)?|pwd|auth|credential|cred)';
// Every way code and config assign a value to a key: `key = "`, `key := "`, `$key .= "`, `KEY ?= "`, `KEY ::= "`,
// `"key" => "`, `var key string = "`, `setProperty("KEY", "`, `<key>\n  value` (XML), `key: value` …
// `<add key="…" value="…"`, and prose: "set `KEY` to `…`".
const NAMED_ASSIGN = String.raw`["'\]>\x60]{0,2}(?:${TYPED}|\s+[A-Za-z][\w<>[\]]*(?=\s*=))?\s{0,4}(?:[:.?+]{0,3}=>?|:|,|>|value\s*=|(?:to|is)\s)\s{0,8}["'\x60]?`;

/**
 * A credential without a prefix of its own (a 32-character hex key, a UUID): found only when assigned to a
 * key that names the provider (one of `names`, matched case-insensitively, where the keyword prefilter anchors)
 * and, after it, a secret-like word (`part`, default SECRETISH; '' for keys that are secrets by name).
 */
export function named(
  id: string,
  title: string,
  provider: string,
  severity: SecretRule['severity'],
  names: string[],
  value: string,
  extra: Partial<SecretRule> & { part?: string } = {},
): SecretRule {
  const { part = SECRETISH, ...rest } = extra;
  const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return {
    id,
    title,
    description: `${title}, assigned to a key that names the provider.`,
    provider,
    severity,
    regex: String.raw`(?i:${name})(?i:[A-Za-z0-9_.-]{0,30}?${part}[A-Za-z0-9_.-]{0,20}?)${NAMED_ASSIGN}(${value})${RD}`,
    keywords: names.map((n) => n.toLowerCase()),
    window: 'keyword',
    entropy: 3,
    ...rest,
  };
}

/**
 * Keys that mention a secret but name something else: `password_hash`, `token_url`, `secret_name`, and
 * pagination or request tokens (`NextToken`, `pageToken`, `idempotency_token`) that grant nothing.
 */
export const KEY_NOT_A_SECRET = String.raw`(?:(?:next|prev|previous|page|continuation|pagination|output|input|idempotency|request|sync|cancel(?:lation)?|resume|start|end|marker|term)[_.-]?token["'\]]*$|(?:^|[_.-])(?:csrf|xsrf)|(?:name|last[_.-]?used|date|time|at|created|updated|type|url|uri|endpoint|path|file|filename|length|len|field|label|policy|prompt|placeholder|pattern|regex|format|min|max|count|expires?|expiry|expiration|ttl|header|prefix|suffix|mode|provider|method|kind|hint|help|message|msg|error|description|desc|text|title|version|env|var|ref|id|hash|digest|salt|limit|size|lifetime|timeout|enabled|required|policy|rules|strength|reset|changed|confirm|confirmation|validation|validator|storage|store|manager|service|class|handler|request|response|param|params|selector|input|display|visible|view|icon|button|link|mask|masked|char|chars|encoding|algorithm|algo|location|dir|source|index|idx|pos|position|start|end|list|map|types|kinds|names|keys|fields|options|config|settings|spec|schema|status|state|regexp|regex_|test|tests|example|sample|placeholder|default|defaults|template)["'\]]*$)`;

export const GENERIC_KEYWORDS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'api_key',
  'api-key',
  'api.key',
  'accesskey',
  'access_key',
  'access-key',
  'authkey',
  'auth_key',
  'privatekey',
  'private_key',
  'encryption',
  'signing',
  'hmac',
  'masterkey',
  'master_key',
  'master-key',
  'jwtkey',
  'jwt_key',
  'credential',
  'pwd',
];

/** Samples that prove a rule, by rule id: `tp` texts it must find, `fp` look-alikes it must not. */
export type RuleSamples = Readonly<Record<string, { path?: string; tp: readonly string[]; fp: readonly string[] }>>;
