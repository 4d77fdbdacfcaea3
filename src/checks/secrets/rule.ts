// A secret detector as data. Built-in rules (rules.ts), runlens.yml `rules:` and gitleaks TOML all become
// this shape, which is plain JSON so it can cross into worker threads as workerData.
import type { Severity } from '../../model/severity.js';

/** When a finding of a rule is not a finding. Criteria combine with OR (any one allows), or with AND (all given ones must). */
export interface RuleAllow {
  condition?: 'or' | 'and';
  /** JS regex sources; a match of any of them on `regexTarget` drops the finding. */
  regexes?: string[];
  /** What the regexes test: the secret (default), the whole match, or the line(s) the match is on. */
  regexTarget?: 'secret' | 'match' | 'line';
  /** Lowercase words; a secret containing any of them is a placeholder, not a finding. */
  stopwords?: string[];
  /** JS regex sources tested against the repository-relative path. */
  paths?: string[];
  /** JS regex sources tested against the key group (`keyGroup`), e.g. `password_hash`. */
  keys?: string[];
}

/** Structural checks that a regex cannot express. */
export type SecretCheck =
  /** A JWT: the header decodes to a JOSE header (a non-empty JSON object). */
  | 'jwt'
  /** Base64 of `user:password`, as in a Docker config's `auth`. */
  | 'basic-auth'
  /** A free-form value judged by shape: not a reference, identifier, path, word list, UUID or hash prefix. */
  | 'generic-value'
  /** A value under `data:` (base64, judged decoded) or `stringData:` of a `kind: Secret` YAML document (kubernetes.ts). */
  | 'kubernetes-secret';

export interface SecretRule {
  /** Stable, kebab-case; the SARIF rule id and part of every fingerprint. */
  id: string;
  /** Short name shown as the finding title. */
  title: string;
  description: string;
  /** Key into the remediation table (providers.ts); `custom` for user rules. */
  provider: string;
  severity: Severity;
  /** JavaScript regex source. Compiled with the `d` and `g` flags plus `flags`. */
  regex: string;
  flags?: string;
  /** Capture group holding the secret; 0 is the whole match. Default: 1 when the regex has a group, else 0. */
  secretGroup?: number;
  /** Capture group holding the key name of an assignment, tested by `allow.keys`. */
  keyGroup?: number;
  /**
   * Prefilter keywords (lowercase). The rule's regex runs only around places where one occurs.
   * A keyword written with capitals must also occur in exactly that case (cheap to verify, and it keeps
   * keywords such as `SK` or `AKIA` from firing on every `task` or `kakia`). Empty: the rule runs on every file.
   */
  keywords: string[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  /**
   * Where the regex runs. `keyword`: anchored (sticky) at each keyword occurrence — the match must start
   * with the keyword, and may look behind it; one match attempt per occurrence, the fastest by far.
   * `line` (the default for user rules): the line around the keyword, at most 256 characters before and
   * 1 KiB after it. `block`: up to 64 KiB after the keyword, across lines. `file`: the whole file.
   */
  window?: 'keyword' | 'line' | 'block' | 'file';
  /** JS regex source; the rule only applies to paths it matches. */
  path?: string;
  /** One allow rule, or several (as gitleaks `[[rules.allowlists]]`): any of them allows. */
  allow?: RuleAllow | RuleAllow[];
  check?: SecretCheck;
  /** Skip the global placeholder heuristics (repeated characters, `xxxx`, …): for key blocks, whose base64 has runs of `A`. */
  noPlaceholderCheck?: boolean;
  /** Broad rules lose to specific ones when both match the same text. */
  generic?: boolean;
  /**
   * A checksum the token format carries (checksum.ts): a finding whose checksum is valid gets
   * `properties.confidence: 'high'`, one whose checksum is not gets `'medium'` (still reported).
   */
  checksum?: 'github';
}

/** Allow rules for every rule: runlens.yml `allowlist`, a gitleaks config's global allowlist. */
export interface GlobalAllow {
  /** JS regex sources tested against the repository-relative path. */
  paths: string[];
  /** JS regex sources tested against the secret. */
  regexes: string[];
  stopwords: string[];
}

export const EMPTY_ALLOW: GlobalAllow = { paths: [], regexes: [], stopwords: [] };
