// Loads a gitleaks TOML config (the format of gitleaks v8: [[rules]], [[rules.allowlists]] or
// [rules.allowlist], [allowlist] or [[allowlists]], [extend]) into runlens rules, so teams keep their rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { InputError } from '../../base/errors.js';
import { lineOf } from '../../base/line-index.js';
import { translateRe2 } from './re2.js';
import type { GlobalAllow, RuleAllow, SecretRule } from './rule.js';

export interface GitleaksConfig {
  rules: SecretRule[];
  allow: GlobalAllow;
  /** `[extend] useDefault = true`: keep runlens's built-in rules next to these. */
  useDefault: boolean;
  /** `[extend] disabledRules`. */
  disabledRules: string[];
  /** Parts runlens cannot honour, in sentences (logged, never silently dropped). */
  notes: string[];
}

type Table = Record<string, unknown>;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function loadGitleaksConfig(file: string, seen: Set<string> = new Set()): GitleaksConfig {
  const abs = path.resolve(file);
  let source: string;
  try {
    source = readFileSync(abs, 'utf8');
  } catch {
    throw new InputError(
      { file },
      'cannot read the gitleaks config',
      'check the `gitleaks-config` path (relative to the step working directory)',
    );
  }
  let doc: Table;
  try {
    doc = parse(source) as Table;
  } catch (err) {
    if (err instanceof TomlError)
      throw new InputError({ file, line: err.line, column: err.column }, `invalid TOML: ${err.message.split('\n')[0]}`);
    throw err;
  }

  const config: GitleaksConfig = {
    rules: [],
    allow: { paths: [], regexes: [], stopwords: [] },
    useDefault: false,
    disabledRules: [],
    notes: [],
  };
  const regexOf = (pattern: string, where: string, needle: string): { source: string; flags: string } => {
    const t = translateRe2(pattern);
    try {
      new RegExp(t.source, `dg${t.flags}`);
    } catch (err) {
      throw new InputError(
        { file, line: lineOf(source, needle) },
        `${where}: this regex does not translate to JavaScript (${(err as Error).message})`,
        'simplify it, or write the rule under `rules:` in runlens.yml',
      );
    }
    return t;
  };
  const inline = (t: { source: string; flags: string }): string =>
    t.flags ? `(?${t.flags.replace(/[^ims]/g, '')}:${t.source})` : t.source;

  const extend = (doc.extend ?? {}) as Table;
  config.useDefault = extend.useDefault === true;
  config.disabledRules = strings(extend.disabledRules);
  if (typeof extend.path === 'string' && extend.path !== '') {
    const base = path.resolve(path.dirname(abs), extend.path);
    if (!seen.has(abs)) {
      seen.add(abs);
      const parent = loadGitleaksConfig(base, seen);
      config.rules.push(...parent.rules);
      config.allow = parent.allow;
      config.notes.push(...parent.notes);
      config.useDefault ||= parent.useDefault;
    }
  }

  const rules = Array.isArray(doc.rules) ? (doc.rules as Table[]) : [];
  for (const r of rules) {
    const id = typeof r.id === 'string' ? r.id : undefined;
    if (!id) throw new InputError({ file }, 'a [[rules]] entry has no `id`');
    const needle = `"${id}"`;
    if (typeof r.regex !== 'string' || r.regex === '') {
      config.notes.push(`gitleaks rule "${id}" matches file paths only; runlens scans contents, so it was skipped`);
      continue;
    }
    const re = regexOf(r.regex, `rule "${id}"`, needle);
    const allowTables = [...(Array.isArray(r.allowlists) ? (r.allowlists as Table[]) : []), ...(r.allowlist ? [r.allowlist as Table] : [])];
    const allow: RuleAllow[] = allowTables.map((a) => ({
      condition: String(a.condition ?? 'OR').toUpperCase() === 'AND' ? 'and' : 'or',
      regexTarget: a.regexTarget === 'match' || a.regexTarget === 'line' ? a.regexTarget : 'secret',
      regexes: strings(a.regexes).map((x) => inline(regexOf(x, `rule "${id}" allowlist`, needle))),
      paths: strings(a.paths).map((x) => inline(regexOf(x, `rule "${id}" allowlist path`, needle))),
      stopwords: strings(a.stopwords),
    }));
    const secretGroup = typeof r.secretGroup === 'number' ? r.secretGroup : undefined;
    config.rules.push({
      id,
      title: typeof r.description === 'string' && r.description ? r.description : id,
      description: typeof r.description === 'string' ? r.description : id,
      provider: 'custom',
      severity: 'high',
      regex: re.source,
      flags: re.flags,
      ...(secretGroup !== undefined ? { secretGroup } : {}),
      keywords: strings(r.keywords).map((k) => k.toLowerCase()),
      ...(typeof r.entropy === 'number' ? { entropy: r.entropy } : {}),
      ...(typeof r.path === 'string' && r.path ? { path: inline(regexOf(r.path, `rule "${id}" path`, needle)) } : {}),
      allow,
    });
  }

  const globals = [
    ...(Array.isArray(doc.allowlists) ? (doc.allowlists as Table[]) : []),
    ...(doc.allowlist ? [doc.allowlist as Table] : []),
  ];
  for (const a of globals) {
    if (Array.isArray(a.targetRules) && a.targetRules.length > 0) {
      const targets = strings(a.targetRules);
      const extra: RuleAllow = {
        condition: String(a.condition ?? 'OR').toUpperCase() === 'AND' ? 'and' : 'or',
        regexTarget: a.regexTarget === 'match' || a.regexTarget === 'line' ? a.regexTarget : 'secret',
        regexes: strings(a.regexes).map((x) => inline(regexOf(x, 'allowlist', 'targetRules'))),
        paths: strings(a.paths).map((x) => inline(regexOf(x, 'allowlist path', 'targetRules'))),
        stopwords: strings(a.stopwords),
      };
      for (const rule of config.rules.filter((x) => targets.includes(x.id))) {
        rule.allow = [...(Array.isArray(rule.allow) ? rule.allow : rule.allow ? [rule.allow] : []), extra];
      }
      continue;
    }
    if (a.regexTarget === 'match' || a.regexTarget === 'line') {
      config.notes.push(`a global allowlist with regexTarget "${a.regexTarget}" was applied to secrets only`);
    }
    config.allow.paths.push(...strings(a.paths).map((x) => inline(regexOf(x, 'allowlist path', '[allowlist'))));
    config.allow.regexes.push(...strings(a.regexes).map((x) => inline(regexOf(x, 'allowlist', '[allowlist'))));
    config.allow.stopwords.push(...strings(a.stopwords));
  }
  return config;
}
