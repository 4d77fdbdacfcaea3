// `install: auto`: the pinned semgrep installed from PyPI into runlens's cache, then used (and reused).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerMark, writtenSince } from '../../src/base/written-files.js';
import { installDir } from '../../src/checks/semgrep/install.js';
import { SEMGREP_VERSION } from '../../src/checks/semgrep/options.js';
import { removeTempDirs, scan, tempDir, workspace } from './support.js';

afterAll(removeTempDirs);

describe('uses: semgrep with install: auto', () => {
  it('installs the pinned semgrep into the cache when it is not on PATH, and reuses it', async () => {
    const ws = await workspace();
    const cache = await tempDir('runlens-semgrep-cache-');
    // No semgrep on this PATH: only what python3, git and bash need.
    const python = path.dirname(
      (await import('node:child_process')).execFileSync('bash', ['-c', 'command -v python3'], { encoding: 'utf8' }).trim(),
    );
    const env = { ...process.env, XDG_CACHE_HOME: cache, PATH: `${python}${path.delimiter}/usr/bin${path.delimiter}/bin` };
    const mark = ledgerMark();
    const first = await scan(ws, { config: 'rules/python.yml', paths: 'app', install: 'auto' }, { env });
    expect(first.outcome.error).toBeUndefined();
    // The audit trail (run.json `files`) lists the installed program and the install marker.
    const installed = path.join(cache, 'runlens', `semgrep-${SEMGREP_VERSION}`);
    expect(writtenSince(mark)).toEqual(
      expect.arrayContaining([path.join(installed, 'bin', 'semgrep'), path.join(installed, '.runlens-installed')]),
    );
    expect(first.logs).toContain(`semgrep: installing semgrep ${SEMGREP_VERSION} into ${installDir(env, SEMGREP_VERSION)} (install: auto)`);
    expect(existsSync(path.join(cache, 'runlens', `semgrep-${SEMGREP_VERSION}`, 'bin', 'semgrep'))).toBe(true);
    expect(first.outcome.tools![0]!.version).toBe(SEMGREP_VERSION);
    expect(first.outcome.findings.map((f) => f.ruleId).sort()).toEqual([
      'rules.eval-use',
      'rules.insecure-hash-md5',
      'rules.subprocess-shell-true',
    ]);

    const reused = ledgerMark();
    const again = await scan(ws, { config: 'rules/python.yml', paths: 'app', install: 'auto' }, { env });
    expect(writtenSince(reused)).toEqual([]);
    expect(again.logs.some((l) => l.includes('installing semgrep'))).toBe(false);
    expect(again.outcome.findings).toHaveLength(3);
  }, 300_000);
});
