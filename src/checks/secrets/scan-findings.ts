// Phase 3 of a secret scan: every value found is masked, then matches become findings with fingerprints
// (tree first, then history oldest first, so a secret is attributed to the commit that added it).
import { RUNLENS_VERSION } from '../../base/version.js';
import { fingerprintOf } from '../../findings/fingerprint.js';
import type { Finding } from '../../model/finding.js';
import type { BatchResult } from './batch.js';
import { confidenceOf } from './checksum.js';
import type { CommitInfo, HistoryScan } from './history.js';
import type { RawMatch } from './matcher.js';
import { remediation } from './providers.js';
import { redact } from './redact.js';
import { TOOL } from './tool.js';
import type { SecretRule } from './rule.js';
import { sha256 } from '../../base/hash.js';

const SECRETS_TOOL = TOOL.name;

/**
 * Masks before anything could print a value: each value once, and each line of a multi-line one on its own
 * too, since CI runners match their output line by line (the BEGIN/END armour lines are not secret).
 */
export function maskFound(tree: BatchResult, history: HistoryScan | undefined, mask: (value: string) => void): void {
  const masked = new Set<string>();
  const once = (value: string): void => {
    if (masked.has(value)) return;
    masked.add(value);
    mask(value);
  };
  for (const secret of [...tree.matches.flatMap((f) => f.matches), ...(history?.matches ?? [])].map((m) => m.secret)) {
    once(secret);
    if (secret.includes('\n'))
      for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 8 && !line.startsWith('-----')) once(line.trim());
  }
}

/**
 * Every finding of the scan, one per secret and place (a secret seen in the tree and in history is one finding).
 * `stillPresent` says whether a secret a commit added is still in that file of the working tree; one that is
 * not was "removed since", and reports link the commit that added it instead of the file at head.
 */
export function findingsOf(
  stepId: string,
  rules: readonly SecretRule[],
  tree: BatchResult,
  history: HistoryScan | undefined,
  stillPresent?: (file: string, secret: string) => boolean,
): Finding[] {
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const all: Finding[] = [];
  const byFingerprint = new Map<string, Finding>();
  const occurrences = new Map<string, number>();
  const toFinding = (m: RawMatch, file: string, commit?: CommitInfo): Finding | undefined => {
    const rule = rulesById.get(m.ruleId)!;
    const hash = sha256(m.secret);
    const identity = `${rule.id}\0${file}\0${hash}`;
    let fingerprint: string;
    if (commit) {
      fingerprint = fingerprintOf(rule.id, file, hash);
      const same = byFingerprint.get(fingerprint);
      if (same) {
        // Already reported (from the tree, or from another commit of the range): note where it came in.
        if (same.properties?.commit === undefined) {
          same.properties = { ...same.properties, commit: commit.commit, author: `${commit.author} <${commit.email}>`, date: commit.date };
        }
        return undefined;
      }
    } else {
      const n = occurrences.get(identity) ?? 0;
      occurrences.set(identity, n + 1);
      // The nth copy of the same secret in a file gets its own fingerprint; the first keeps the plain one.
      fingerprint = n === 0 ? fingerprintOf(rule.id, file, hash) : fingerprintOf(rule.id, file, hash, n);
    }
    const shown = redact(m.secret);
    const removed = commit !== undefined && stillPresent !== undefined && !stillPresent(file, m.secret);
    const where = commit
      ? ` added in commit ${commit.commit.slice(0, 12)} by ${commit.author} (${commit.date.slice(0, 10)})${removed ? ' and removed since (it is still in the history)' : ''}`
      : '';
    const finding: Finding = {
      tool: SECRETS_TOOL,
      toolVersion: RUNLENS_VERSION,
      ruleId: rule.id,
      title: rule.title,
      message: `${rule.title} \`${shown}\`${where}. Rotate it, then remove it from history.`,
      severity: rule.severity,
      category: 'secret',
      location: { path: file, startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, snippet: shown },
      fingerprint,
      ...remediation(rule.provider),
      stepId,
      properties: commit
        ? {
            scope: 'history',
            commit: commit.commit,
            author: `${commit.author} <${commit.email}>`,
            date: commit.date,
            ...(removed ? { removed: true } : {}),
          }
        : { scope: 'tree' },
    };
    const confidence = confidenceOf(rule, m.secret);
    if (confidence) finding.properties = { ...finding.properties, confidence };
    byFingerprint.set(fingerprint, finding);
    return finding;
  };
  for (const f of tree.matches.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    for (const m of f.matches) {
      const finding = toFinding(m, f.path);
      if (finding) all.push(finding);
    }
  }
  // `git log` lists newest first; walk oldest first so a secret is attributed to the commit that added it.
  for (const m of [...(history?.matches ?? [])].reverse()) {
    const finding = toFinding(m, m.path, m.commit);
    if (finding) all.push(finding);
  }
  return all;
}
