import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRelative } from '../base/repo-path.js';
import type { Platform } from './platform.js';

type Env = Record<string, string | undefined>;

/** Loads only the adapter in use: @actions/core (and its HTTP stack) stays out of laptop and GitLab runs. */
export async function detectPlatform(env: Env, cwd: string, opts: { githubToken?: string } = {}): Promise<Platform> {
  if (env.GITHUB_ACTIONS === 'true') {
    const [{ githubPlatform }, core] = await Promise.all([import('./github.js'), import('@actions/core')]);
    return githubPlatform(env, { token: opts.githubToken, core });
  }
  if (env.GITLAB_CI === 'true') return (await import('./gitlab.js')).gitlabPlatform(env);
  return (await import('./local.js')).localPlatform(cwd);
}

/**
 * The repository root, the base of every reported path: the checkout on CI (GITHUB_WORKSPACE,
 * CI_PROJECT_DIR), else the enclosing git work tree, else `cwd`. A root that does not contain `cwd` is
 * not this run's repository, and `cwd` is used.
 */
export function repositoryRoot(env: Env, cwd: string): string {
  const here = path.resolve(cwd);
  const checkout = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_WORKSPACE : env.GITLAB_CI === 'true' ? env.CI_PROJECT_DIR : undefined;
  const root = checkout ? path.resolve(checkout) : gitWorkTree(here);
  return root && (root === here || repoRelative(root, here) !== undefined) ? root : here;
}

function gitWorkTree(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise (no-color.org). */
export function wantsColor(env: Env, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
