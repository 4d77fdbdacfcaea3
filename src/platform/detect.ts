import type { Platform } from './platform.js';

type Env = Record<string, string | undefined>;

/** Loads only the adapter in use: @actions/core (and its HTTP stack) stays out of laptop and GitLab runs. */
export async function detectPlatform(env: Env, cwd: string, opts: { githubToken?: string } = {}): Promise<Platform> {
  if (env.GITHUB_ACTIONS === 'true') return (await import('./github.js')).githubPlatform(env, { token: opts.githubToken });
  if (env.GITLAB_CI === 'true') return (await import('./gitlab.js')).gitlabPlatform(env);
  return (await import('./local.js')).localPlatform(cwd);
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise (no-color.org). */
export function wantsColor(env: Env, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
