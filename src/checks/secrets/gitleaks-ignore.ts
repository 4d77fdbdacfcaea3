// gitleaks' `.gitleaksignore`: findings to ignore, one fingerprint a line — `file:rule-id:line` for a finding in
// the tree, `commit:file:rule-id:line` for one in history; `#` starts a comment. Rule ids differ between the two
// tools (gitleaks' `generic-api-key` is runlens's `generic-secret`), so an entry ignores whatever runlens finds at
// that file and line (and commit, when given): the place identifies the secret.
import { readFileSync } from 'node:fs';
import type { Finding } from '../../model/finding.js';

export interface GitleaksIgnore {
  /** `file:line` and `commit:file:line` keys. */
  keys: Set<string>;
  entries: number;
}

export function readGitleaksIgnore(file: string): GitleaksIgnore {
  const keys = new Set<string>();
  let entries = 0;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split(':');
    const lineNo = parts.at(-1);
    if (parts.length < 3 || !/^\d+$/.test(lineNo ?? '')) continue;
    entries++;
    // commit:file:rule:line when the first part is a commit SHA; else file:rule:line (a path may hold `:`).
    if (parts.length >= 4 && /^[0-9a-f]{7,40}$/.test(parts[0]!)) {
      keys.add(`${parts[0]}:${parts.slice(1, -2).join(':')}:${lineNo}`);
    } else {
      keys.add(`${parts.slice(0, -2).join(':')}:${lineNo}`);
    }
  }
  return { keys, entries };
}

/** Whether `.gitleaksignore` names the place of this finding. */
export function isIgnored(ignore: GitleaksIgnore, f: Finding): boolean {
  const file = f.location?.path;
  const line = f.location?.startLine;
  if (file === undefined || line === undefined) return false;
  if (f.properties?.scope !== 'history' && ignore.keys.has(`${file}:${line}`)) return true;
  const commit = typeof f.properties?.commit === 'string' ? f.properties.commit : undefined;
  if (commit !== undefined) {
    for (const key of ignore.keys) {
      const [sha, ...rest] = key.split(':');
      if (rest.length >= 2 && commit.startsWith(sha!) && rest.join(':') === `${file}:${line}`) return true;
    }
  }
  return false;
}
