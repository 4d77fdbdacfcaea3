// `new-only`: the lockfiles as the pull/merge request's base commit had them, read with `git show`
// (nothing is checked out), so findings the base already had can be told from new ones.
import type { CheckContext } from '../check.js';
import type { FoundLockfile } from './lockfiles/index.js';
import type { LockedPackage } from './package.js';

export interface BaseLockfiles {
  packages: LockedPackage[];
  /** Why the base could not be read, when it could not (then every finding counts as new). */
  unavailable?: string;
}

async function show(ctx: CheckContext<unknown>, base: string, rel: string): Promise<string | undefined> {
  const r = await ctx.exec(['git', 'show', `${base}:${rel}`], { cwd: ctx.workspace, stdout: 'capture', stderr: 'capture' });
  return r.status === 'passed' ? r.stdout : undefined;
}

export async function readBaseLockfiles(ctx: CheckContext<unknown>, base: string, lockfiles: FoundLockfile[]): Promise<BaseLockfiles> {
  const commit = await ctx.exec(['git', 'cat-file', '-e', `${base}^{commit}`], {
    cwd: ctx.workspace,
    stdout: 'capture',
    stderr: 'capture',
  });
  if (commit.status !== 'passed') {
    return { packages: [], unavailable: `the base commit ${base.slice(0, 12)} is not in this clone (fetch it, e.g. with fetch-depth: 0)` };
  }
  const packages: LockedPackage[] = [];
  for (const lf of lockfiles) {
    const text = await show(ctx, base, lf.rel);
    // A lockfile the base did not have: everything in it is new.
    if (text === undefined) continue;
    try {
      const parsed = await lf.format.parse(text, lf.rel, { readInclude: (rel) => show(ctx, base, rel) });
      packages.push(...parsed);
    } catch (err) {
      ctx.log(`deps: the base commit's ${lf.rel} does not parse (${(err as Error).message}); its findings count as new`);
    }
  }
  return { packages };
}
