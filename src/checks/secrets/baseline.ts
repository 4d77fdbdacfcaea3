// Baseline of known secrets: only new ones are reported. The file holds fingerprints, never secrets:
//
//   { "version": 1, "tool": "runlens-secrets",
//     "secrets": [ { "fingerprint": "9f2c…", "rule": "github-pat", "path": "src/config.ts", "line": 12 } ] }
//
// rule/path/line are for the people reviewing the file; only `fingerprint` is matched, so lines may move.
// A plain JSON array of fingerprint strings is accepted too.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../base/errors.js';
import type { Finding } from '../../model/finding.js';
import { atomicWriteFile } from '../../base/atomic-write.js';

export interface BaselineEntry {
  fingerprint: string;
  rule?: string;
  path?: string;
  line?: number;
}

export interface BaselineFile {
  version: 1;
  tool: 'runlens-secrets';
  secrets: BaselineEntry[];
}

export async function readBaseline(file: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError({ file }, 'cannot read the secrets baseline', 'check the `baseline` path, or remove the option');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError({ file }, `the secrets baseline is not JSON (${(err as Error).message})`);
  }
  const list: unknown = Array.isArray(doc) ? doc : (doc as { secrets?: unknown } | null)?.secrets;
  if (!Array.isArray(list))
    throw new InputError(
      { file },
      'the secrets baseline has no `secrets` list',
      'write one with the artifact <output-dir>/secrets/<step>.baseline.json',
    );
  const out = new Set<string>();
  for (const e of list) {
    const fp = typeof e === 'string' ? e : (e as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fp === 'string') out.add(fp);
  }
  return out;
}

export function baselineOf(findings: readonly Finding[]): BaselineFile {
  const seen = new Set<string>();
  const secrets: BaselineEntry[] = [];
  for (const f of findings) {
    if (f.category !== 'secret' || seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    secrets.push({
      fingerprint: f.fingerprint,
      rule: f.ruleId,
      ...(f.location ? { path: f.location.path } : {}),
      ...(f.location?.startLine !== undefined ? { line: f.location.startLine } : {}),
    });
  }
  secrets.sort(
    (a, b) => (a.path ?? '').localeCompare(b.path ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.fingerprint.localeCompare(b.fingerprint),
  );
  return { version: 1, tool: 'runlens-secrets', secrets };
}

/**
 * Writes a baseline accepting every secret finding in `findings` (e.g. from run.json, for a
 * `runlens secrets baseline` command). Returns the number of entries written.
 */
export async function writeSecretsBaseline(file: string, findings: readonly Finding[]): Promise<number> {
  const doc = baselineOf(findings);
  await atomicWriteFile(path.resolve(file), `${JSON.stringify(doc, null, 2)}\n`);
  return doc.secrets.length;
}
