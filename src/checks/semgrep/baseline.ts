// Diff-aware mode: the commit semgrep's `--baseline-commit` compares against must be in the clone, and so
// must the history from HEAD back to where they meet (semgrep runs `git merge-base BASE HEAD`). CI
// checkouts are shallow by default, so fetch what is missing, or say what to change in the workflow.
import type { CheckContext } from '../check.js';
import type { PlatformInfo } from '../../model/result.js';

/** How deep to fetch the base and HEAD, one try each, before giving up. */
const FETCH_DEPTHS = [50, 1000] as const;

export type Baseline = { commit: string; note?: string } | { error: string };

type Exec = CheckContext<unknown>['exec'];

async function git(exec: Exec, args: string[]): Promise<{ ok: boolean; out: string; err: string }> {
  const r = await exec(['git', ...args], { stdout: 'capture', stderr: 'capture', env: { GIT_TERMINAL_PROMPT: '0' } });
  return { ok: r.status === 'passed' && r.exitCode === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}

function workflowHint(platform: PlatformInfo): string {
  if (platform.kind === 'github') return 'set `fetch-depth: 0` on actions/checkout';
  if (platform.kind === 'gitlab') return 'set the variable `GIT_DEPTH: 0` for the job';
  return 'fetch the full history (`git fetch --unshallow`)';
}

/** The baseline ref the step asked for, or the PR/MR base; undefined: scan everything. */
export function baselineRef(option: string | undefined, platform: PlatformInfo): string | undefined {
  if (option !== undefined) return option.toLowerCase() === 'off' ? undefined : option;
  return platform.baseSha;
}

/** Makes `ref` and its merge base with HEAD available, fetching in a shallow clone; the commit to pass on. */
export async function prepareBaseline(ref: string, exec: Exec, platform: PlatformInfo): Promise<Baseline> {
  const inside = await git(exec, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.out !== 'true') {
    return { error: `diff-aware mode (baseline-ref ${ref}) needs a git checkout, and the step's working directory is not in one` };
  }
  const resolve = async (): Promise<string | undefined> => {
    const r = await git(exec, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.ok && r.out ? r.out : undefined;
  };
  const connected = async (commit: string): Promise<boolean> => (await git(exec, ['merge-base', commit, 'HEAD'])).ok;

  let commit = await resolve();
  if (commit && (await connected(commit))) return { commit };

  const shallow = (await git(exec, ['rev-parse', '--is-shallow-repository'])).out === 'true';
  const head = (await git(exec, ['rev-parse', 'HEAD'])).out;
  const tried: string[] = [];
  for (const depth of FETCH_DEPTHS) {
    // Both ends: the base itself, and enough of HEAD's history to meet it.
    const wants = commit ? [commit] : [ref];
    if (shallow && head) wants.push(head);
    let fetched = await git(exec, ['fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, 'origin', ...wants]);
    if (!fetched.ok && wants.length > 1) {
      // HEAD may be a local commit the remote does not have (a merge made by the CI): deepen from the base alone.
      fetched = await git(exec, ['fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, 'origin', wants[0]!]);
    }
    tried.push(`git fetch --depth=${depth} origin ${wants.join(' ')}: ${fetched.ok ? 'done' : fetched.err.split('\n').pop() || 'failed'}`);
    if (!fetched.ok) break;
    commit ??= (await resolve()) ?? (await git(exec, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'])).out;
    if (commit && (await connected(commit))) {
      return { commit, note: `fetched the baseline ${ref} (depth ${depth}) to compare against` };
    }
  }
  const what = commit
    ? `the history between the baseline ${ref} and HEAD is not in this ${shallow ? 'shallow ' : ''}clone`
    : `the baseline commit ${ref} is not in this ${shallow ? 'shallow ' : ''}clone`;
  return {
    error: `diff-aware mode: ${what}, and fetching it from origin did not help (${tried.join('; ') || 'no remote to fetch from'}). To fix, ${workflowHint(platform)}, or set \`baseline-ref: off\` to scan everything.`,
  };
}
