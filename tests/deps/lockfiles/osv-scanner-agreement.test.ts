// The parsers extract what osv-scanner (the peer the deps check is measured against, installed by
// scripts/install-tools.sh) extracts from the same lockfiles, except the project's own packages, which
// runlens skips on purpose (see src/checks/deps/lockfiles/README.md).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { findLockfiles, readLockfile } from '../../../src/checks/deps/lockfiles/index.js';

const ROOT = path.resolve('tests/fixtures/deps/lockfiles');
/** Local and workspace packages osv-scanner lists and runlens skips. */
const PROJECT_OWN = new Set(['local-pkg', 'app', 'lockfile-fixture', './locallib']);

function osvScannerBinary(): string {
  const bin = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin', 'osv-scanner');
  if (!existsSync(bin)) throw new Error(`osv-scanner is not installed at ${bin}: run \`scripts/install-tools.sh osv-scanner\``);
  return bin;
}

interface OsvOutput {
  results?: Array<{ source: { path: string }; packages?: Array<{ package: { name: string; version: string; ecosystem: string } }> }>;
}

it('extracts the same (name, version) pairs as osv-scanner from every fixture written by a package manager', async () => {
  // Hand-written requirements are left out: osv-scanner de-duplicates included files across the lockfiles
  // of one run, so its per-file answer depends on what else was scanned.
  const found = (await findLockfiles(ROOT)).filter((f) => !f.rel.startsWith('python/handwritten/'));
  const empty = await mkdtemp(path.join(os.tmpdir(), 'runlens-osvdb-'));
  let stdout: string;
  try {
    const args = [
      'scan',
      'source',
      '--offline-vulnerabilities',
      '--no-resolve',
      '--all-packages',
      '--format',
      'json',
      ...found.flatMap((f) => ['-L', f.path]),
    ];
    // With no database it exits non-zero after printing the extracted packages.
    const r = await promisify(execFile)(osvScannerBinary(), args, {
      env: { ...process.env, OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: empty },
      maxBuffer: 64 << 20,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    stdout = r.stdout;
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
  const theirs = new Map<string, Set<string>>();
  for (const result of (JSON.parse(stdout) as OsvOutput).results ?? []) {
    theirs.set(
      path.relative(ROOT, result.source.path).split(path.sep).join('/'),
      new Set((result.packages ?? []).map((p) => `${p.package.name}@${p.package.version}`)),
    );
  }
  let compared = 0;
  for (const f of found) {
    const packages = await readLockfile(f.path, f.rel, f.format);
    // osv-scanner lower-cases PyPI names; the matcher normalises them the same way.
    const mine = new Set(packages.map((p) => `${p.ecosystem === 'PyPI' ? p.name.toLowerCase() : p.name}@${p.version}`));
    const other = theirs.get(f.rel) ?? new Set<string>();
    expect(
      [...mine].filter((x) => !other.has(x)),
      `${f.rel}: only runlens`,
    ).toEqual([]);
    const onlyTheirs = [...other].filter((x) => !mine.has(x));
    expect(
      onlyTheirs.filter((x) => !PROJECT_OWN.has(x.slice(0, x.lastIndexOf('@')))),
      `${f.rel}: only osv-scanner`,
    ).toEqual([]);
    if (mine.size > 0) compared++;
  }
  expect(compared).toBe(found.length - 1); // go/locallib/go.mod requires nothing
}, 120_000);
