// Work items split inside big checks: each shard keeps the items a stable hash gives it, and together
// the shards cover every item exactly once (golden cases here; secrets in shard-merge.test.ts, semgrep in
// tests/semgrep/scan.test.ts).
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist.js';
import { OSV_DIR } from '../deps/support.js';
import { fixture, readRun, runlens, verdicts } from './support.js';

describe('golden cases across shards', () => {
  it('compares each case in one shard; merged, the cases and verdicts are those of one job', async () => {
    const ws = await fixture('cache');
    const cases: string[] = [];
    await mkdir(path.join(ws, 'out'), { recursive: true });
    await mkdir(path.join(ws, 'golden'), { recursive: true });
    for (let i = 0; i < 12; i++) {
      await writeFile(path.join(ws, 'golden', `c${i}.txt`), `value ${i}\n`);
      // Case 5 does not match: the golden step fails, in whichever shard owns it.
      await writeFile(path.join(ws, 'out', `c${i}.txt`), i === 5 ? 'value wrong\n' : `value ${i}\n`);
      cases.push(`        - { name: case-${i}, actual: out/c${i}.txt, expected: golden/c${i}.txt }`);
    }
    await writeFile(
      path.join(ws, 'runlens.yml'),
      `version: 1\nsteps:\n  golden:\n    uses: golden\n    with:\n      cases:\n${cases.join('\n')}\n  other: { run: "true" }\n`,
    );
    const root = path.join(ws, '..', `${path.basename(ws)}-out`);
    const single = await runlens(['run', '-o', path.join(root, 'single')], ws);
    expect(single.code).toBe(1);
    for (const i of [1, 2, 3]) await runlens(['run', '--shard', `${i}/3`, '-o', path.join(root, `s${i}`)], ws);
    const merged = await runlens(['merge', ...[1, 2, 3].map((i) => path.join(root, `s${i}`)), '-o', path.join(root, 'merged')], ws);
    expect(merged.code).toBe(1);
    const one = await readRun(path.join(root, 'single'));
    const all = await readRun(path.join(root, 'merged'));
    expect(verdicts(all)).toEqual(verdicts(one));
    expect(all.steps.find((s) => s.id === 'golden')!.cases).toHaveLength(12);
    const shares = await Promise.all(
      [1, 2, 3].map(async (i) => (await readRun(path.join(root, `s${i}`))).steps.find((s) => s.id === 'golden')!.cases.length),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBe(12);
    expect(shares.every((n) => n < 12)).toBe(true);
  }, 60_000);
});

describe('lockfiles across shards', () => {
  it('reads each lockfile in one shard; merged, the findings are those of one job', async () => {
    const ws = await fixture('cache');
    for (const dir of ['api', 'web', 'worker', 'cli', 'docs']) {
      await mkdir(path.join(ws, dir), { recursive: true });
      for (const f of ['package-lock.json', 'package.json'])
        await cp(path.join(repoRoot, 'tests', 'fixtures', 'deps', 'project', f), path.join(ws, dir, f));
    }
    const cacheDir = path.join(ws, '..', `${path.basename(ws)}-osv-cache`);
    await writeFile(
      path.join(ws, 'runlens.yml'),
      `version: 1\nfail-on: none\nsteps:\n  deps:\n    uses: deps\n    with: { source: ${JSON.stringify(OSV_DIR)}, cache-dir: ${JSON.stringify(cacheDir)} }\n`,
    );
    const root = path.join(ws, '..', `${path.basename(ws)}-out`);
    const single = await runlens(['run', '-o', path.join(root, 'single')], ws);
    expect(single.code, single.stdout + single.stderr).toBe(0);
    for (const i of [1, 2, 3]) {
      const r = await runlens(['run', '--shard', `${i}/3`, '-o', path.join(root, `s${i}`)], ws);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
    const merged = await runlens(['merge', ...[1, 2, 3].map((i) => path.join(root, `s${i}`)), '-o', path.join(root, 'merged')], ws);
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    const one = await readRun(path.join(root, 'single'));
    const all = await readRun(path.join(root, 'merged'));
    expect(verdicts(all)).toEqual(verdicts(one));
    // 13 advisories in each of the 5 lockfiles.
    expect(one.counts.total).toBe(65);
    const shares = await Promise.all(
      [1, 2, 3].map(async (i) => (await readRun(path.join(root, `s${i}`))).steps.find((s) => s.id === 'deps')!.findings.length),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBe(65);
    expect(shares.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(all.notes.join('\n')).not.toMatch(/no lockfile found/);
  }, 60_000);
});
