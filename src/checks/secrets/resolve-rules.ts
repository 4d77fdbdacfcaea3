// The rules and allowlist a secret scan runs with: the built-ins, a gitleaks config, runlens.yml `rules:`,
// `disable-rules` and `allowlist`, in that order of precedence (later wins by rule id).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadGitleaksConfig } from './gitleaks-config.js';
import type { MatcherSpec } from './matcher.js';
import type { SecretsOptions } from './options.js';
import { translateRe2 } from './re2.js';
import type { GlobalAllow, SecretRule } from './rule.js';
import { BUILTIN_RULES } from './rules.js';

/** The gitleaks config `gitleaks dir` reads from the directory it scans. */
export const GITLEAKS_DEFAULT_CONFIG = '.gitleaks.toml';
/** gitleaks' ignore file: one finding fingerprint a line, `file:rule:line` (or `commit:file:rule:line`). */
export const GITLEAKS_IGNORE = '.gitleaksignore';

/** The rules and allowlist a scan runs with, from the options. */
export function resolveRules(options: SecretsOptions, cwd: string): { spec: MatcherSpec; notes: string[]; excludedPaths: string[] } {
  const notes: string[] = [];
  let rules: SecretRule[] = [...BUILTIN_RULES];
  const allow: GlobalAllow = { paths: [], regexes: [], stopwords: [...options.allowlist.stopwords] };
  // As `gitleaks dir`: a `.gitleaks.toml` where the scan runs is the config unless one is named or `false`.
  const configured = options['gitleaks-config'];
  const implicit = configured === undefined && existsSync(path.join(cwd, GITLEAKS_DEFAULT_CONFIG)) ? GITLEAKS_DEFAULT_CONFIG : undefined;
  const gitleaksConfig = configured === false ? undefined : (configured ?? implicit);
  if (gitleaksConfig) {
    const g = loadGitleaksConfig(path.resolve(cwd, gitleaksConfig));
    if (implicit) notes.push(`using the repository's ${implicit} (as gitleaks does; \`gitleaks-config: false\` turns this off)`);
    notes.push(...g.notes);
    rules = g.useDefault ? rules.filter((r) => !g.disabledRules.includes(r.id)) : [];
    const ids = new Set(g.rules.map((r) => r.id));
    rules = [...rules.filter((r) => !ids.has(r.id)), ...g.rules];
    allow.paths.push(...g.allow.paths);
    allow.regexes.push(...g.allow.regexes);
    allow.stopwords.push(...g.allow.stopwords);
  }
  const disabled = new Set(options['disable-rules']);
  rules = rules.filter((r) => !disabled.has(r.id));
  for (const c of options.rules) {
    const rule = customRule(c);
    rules = [...rules.filter((r) => r.id !== c.id), rule];
  }
  allow.regexes.push(...options.allowlist.regexes.map((r) => inlineFlags(translateRe2(r))));
  return { spec: { rules, allow, decode: true }, notes, excludedPaths: options.allowlist.paths };
}

/** A runlens.yml `rules:` entry as a SecretRule (the run's redactor uses them too: src/engine/redactor.ts). */
export function customRule(c: SecretsOptions['rules'][number]): SecretRule {
  const re = translateRe2(c.regex);
  return {
    id: c.id,
    title: c.title ?? c.id,
    description: c.description ?? c.title ?? c.id,
    provider: 'custom',
    severity: c.severity,
    regex: re.source,
    flags: re.flags,
    keywords: c.keywords,
    ...(c['secret-group'] !== undefined ? { secretGroup: c['secret-group'] } : {}),
    ...(c.entropy !== undefined ? { entropy: c.entropy } : {}),
    ...(c.path ? { path: inlineFlags(translateRe2(c.path)) } : {}),
    allow: { regexes: c.allowlist.regexes.map((r) => inlineFlags(translateRe2(r))), stopwords: c.allowlist.stopwords },
  };
}

function inlineFlags(t: { source: string; flags: string }): string {
  return t.flags ? `(?${t.flags.replace(/[^ims]/g, '')}:${t.source})` : t.source;
}
