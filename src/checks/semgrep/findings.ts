// semgrep results → runlens findings: severity, rule metadata (tags, help, helpUri), fix suggestions,
// repository paths, snippets and stable fingerprints.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toRepoPath } from '../../base/repo-path.js';
import { fingerprintOf } from '../../findings/fingerprint.js';
import type { Finding, FindingCategory } from '../../model/finding.js';
import type { Severity } from '../../model/severity.js';
import type { SemgrepMatch } from './output.js';

/**
 * semgrep's severities on runlens's scale. semgrep documents ERROR/WARNING/INFO as HIGH/MEDIUM/LOW;
 * INVENTORY and EXPERIMENT mark rules that report facts, not problems.
 */
export const SEVERITY_TABLE: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  ERROR: 'high',
  MEDIUM: 'medium',
  WARNING: 'medium',
  LOW: 'low',
  INFO: 'low',
  INVENTORY: 'note',
  EXPERIMENT: 'note',
};

export function severityOf(semgrepSeverity: string | undefined): Severity {
  return SEVERITY_TABLE[(semgrepSeverity ?? '').toUpperCase()] ?? 'medium';
}

/**
 * A rule's `metadata.category` decides where its findings go: security rules (and rules that do not say)
 * are SAST; correctness, best-practice, maintainability, performance… rules are code quality.
 */
export function categoryOf(ruleCategory: string | undefined): FindingCategory {
  return ruleCategory === undefined || /secur|secret/i.test(ruleCategory) ? 'sast' : 'quality';
}

const SNIPPET_LINES = 10;
const SNIPPET_LINE_CHARS = 500;

function strings(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() === '' ? [] : [v.trim()];
  if (Array.isArray(v)) return v.flatMap(strings);
  return [];
}

/** A rule that finds credentials: its matched code is never copied into a report. */
export function isSecretRule(ruleId: string, metadata: Record<string, unknown>): boolean {
  if (/(^|[.\-_/])secrets?([.\-_/]|$)/i.test(ruleId)) return true;
  if ('secret_type' in metadata) return true;
  return [metadata.category, metadata.subcategory, metadata.product].flatMap(strings).some((s) => /secret|credential/i.test(s));
}

interface RuleFacts {
  cwe: string[];
  owasp: string[];
  references: string[];
  confidence?: string;
  likelihood?: string;
  impact?: string;
  category?: string;
  tags: string[];
  helpUri?: string;
}

function factsOf(metadata: Record<string, unknown>): RuleFacts {
  const cwe = strings(metadata.cwe);
  const owasp = strings(metadata.owasp);
  const references = strings(metadata.references);
  const one = (key: string): string | undefined => strings(metadata[key])[0];
  const confidence = one('confidence');
  const likelihood = one('likelihood');
  const impact = one('impact');
  const category = one('category');
  const tags = new Set<string>();
  // GitHub code scanning reads CWE tags in CodeQL's form.
  for (const c of cwe) for (const m of c.matchAll(/CWE-(\d+)/gi)) tags.add(`external/cwe/cwe-${m[1]}`);
  for (const o of owasp) {
    const id = /^(A\d{1,2}:\d{4})/i.exec(o)?.[1];
    if (id) tags.add(`external/owasp/${id.toLowerCase()}`);
  }
  if (category) tags.add(category.toLowerCase());
  for (const s of strings(metadata.subcategory)) tags.add(s.toLowerCase());
  if (confidence) tags.add(`${confidence.toLowerCase()}-confidence`);
  const helpUri = [one('source'), one('shortlink'), one('source-rule-url'), ...references].find((u) => u && /^https?:\/\//i.test(u));
  return {
    cwe,
    owasp,
    references,
    ...(confidence ? { confidence } : {}),
    ...(likelihood ? { likelihood } : {}),
    ...(impact ? { impact } : {}),
    ...(category ? { category } : {}),
    tags: [...tags].sort(),
    ...(helpUri ? { helpUri } : {}),
  };
}

function fence(code: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}\n${code}\n${ticks}`;
}

function helpOf(message: string, facts: RuleFacts, fix: string | undefined): string {
  const parts = [message];
  if (fix !== undefined) parts.push(`**Suggested fix:**\n\n${fence(fix)}`);
  const rows: string[] = [];
  if (facts.cwe.length) rows.push(`- CWE: ${facts.cwe.join('; ')}`);
  if (facts.owasp.length) rows.push(`- OWASP: ${facts.owasp.join('; ')}`);
  if (facts.category) rows.push(`- Category: ${facts.category}`);
  if (facts.confidence) rows.push(`- Confidence: ${facts.confidence}`);
  if (facts.likelihood) rows.push(`- Likelihood: ${facts.likelihood}`);
  if (facts.impact) rows.push(`- Impact: ${facts.impact}`);
  if (rows.length) parts.push(rows.join('\n'));
  if (facts.references.length) parts.push(`References:\n\n${facts.references.map((r) => `- ${r}`).join('\n')}`);
  return parts.join('\n\n');
}

export interface MapContext {
  stepId: string;
  /** Where semgrep ran: its paths are relative to this. */
  cwd: string;
  workspace: string;
  toolVersion?: string;
  /** Hides a value from every log (the matched text of a secret rule). */
  mask(value: string): void;
}

/** Reads each file once, as bytes: semgrep's offsets count bytes. */
class Files {
  private readonly cache = new Map<string, Promise<Buffer | undefined>>();
  get(file: string): Promise<Buffer | undefined> {
    let p = this.cache.get(file);
    if (!p) {
      p = readFile(file).catch(() => undefined);
      this.cache.set(file, p);
    }
    return p;
  }
}

function linesOf(content: Buffer, start: number, end: number): string | undefined {
  const all = content.toString('utf8').split(/\r?\n/);
  const picked = all.slice(start - 1, Math.min(end, start + SNIPPET_LINES - 1));
  if (picked.length === 0) return undefined;
  return picked.map((l) => (l.length > SNIPPET_LINE_CHARS ? `${l.slice(0, SNIPPET_LINE_CHARS)}…` : l)).join('\n');
}

export async function toFindings(matches: readonly SemgrepMatch[], ctx: MapContext): Promise<Finding[]> {
  const files = new Files();
  const occurrences = new Map<string, number>();
  const findings: Finding[] = [];
  for (const m of matches) {
    if (m.extra.is_ignored) continue;
    const metadata = m.extra.metadata ?? {};
    const secret = isSecretRule(m.check_id, metadata);
    const absolute = path.resolve(ctx.cwd, m.path);
    const repoPath = toRepoPath(m.path, ctx.cwd, ctx.workspace);
    const content = await files.get(absolute);

    const matched =
      content && m.start.offset >= 0 && m.end.offset >= m.start.offset && m.end.offset <= content.length
        ? content.subarray(m.start.offset, m.end.offset).toString('utf8')
        : undefined;
    if (secret && matched && matched.trim().length >= 6) ctx.mask(matched.trim());

    // Stable across line moves: the rule, the file and the matched code (whitespace-insensitive), numbered
    // when the same code matches twice in a file. semgrep's own fingerprint needs a Semgrep login.
    const key = fingerprintOf('semgrep', m.check_id, repoPath, matched !== undefined ? matched.replace(/\s+/g, '') : m.extra.message);
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);

    const facts = factsOf(metadata);
    const message = (m.extra.message ?? m.check_id).trim();
    const fix = secret ? undefined : m.extra.fix;
    const snippet =
      secret || !content
        ? undefined
        : m.extra.lines && m.extra.lines !== 'requires login'
          ? m.extra.lines
          : linesOf(content, m.start.line, m.end.line);

    const properties: Record<string, unknown> = {
      tags: facts.tags,
      'semgrep-severity': m.extra.severity,
    };
    if (facts.cwe.length) properties.cwe = facts.cwe;
    if (facts.owasp.length) properties.owasp = facts.owasp;
    if (facts.references.length) properties.references = facts.references;
    if (facts.confidence) properties.confidence = facts.confidence;
    if (facts.likelihood) properties.likelihood = facts.likelihood;
    if (facts.impact) properties.impact = facts.impact;
    if (facts.category) properties['rule-category'] = facts.category;
    if (fix !== undefined) properties.fix = fix;

    findings.push({
      tool: 'semgrep',
      ...(ctx.toolVersion ? { toolVersion: ctx.toolVersion } : {}),
      ruleId: m.check_id,
      title: m.check_id.split('.').pop() || m.check_id,
      message,
      severity: severityOf(m.extra.severity),
      category: categoryOf(facts.category),
      location: {
        path: repoPath,
        startLine: m.start.line,
        startColumn: m.start.col,
        endLine: m.end.line,
        endColumn: m.end.col,
        ...(snippet !== undefined ? { snippet } : {}),
      },
      fingerprint: n === 1 ? key : fingerprintOf(key, n),
      help: helpOf(message, facts, fix),
      ...(facts.helpUri ? { helpUri: facts.helpUri } : {}),
      stepId: ctx.stepId,
      properties,
    });
  }
  return findings;
}
