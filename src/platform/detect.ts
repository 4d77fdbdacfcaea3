import { githubPlatform } from './github.js';
import { gitlabPlatform } from './gitlab.js';
import { localPlatform } from './local.js';
import type { Platform } from './platform.js';

type Env = Record<string, string | undefined>;

export function detectPlatform(env: Env, cwd: string, opts: { githubToken?: string } = {}): Platform {
  if (env.GITHUB_ACTIONS === 'true') return githubPlatform(env, { token: opts.githubToken });
  if (env.GITLAB_CI === 'true') return gitlabPlatform(env);
  return localPlatform(cwd);
}

/** Any CI at all (CI=true is set by GitHub, GitLab and most others). */
export function isCI(env: Env): boolean {
  return env.CI === 'true' || env.CI === '1' || env.GITHUB_ACTIONS === 'true' || env.GITLAB_CI === 'true';
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise (no-color.org). */
export function wantsColor(env: Env, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
