// The REST client for everything runlens asks GitHub (the PR comment, the SARIF upload): @actions/github's
// octokit — its proxy-aware fetch, GITHUB_API_URL for GHES — with every request bounded. A stalled API
// (it accepts the connection and never answers) costs at most `timeoutMs` per call, and a whole phase
// ends when its `signal` aborts.
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';

export type GithubClient = ReturnType<typeof getOctokit>;

export interface ApiBounds {
  /** Longest wait for one request, in milliseconds. */
  timeoutMs: number;
  /** Aborted when the phase the request belongs to is out of time. */
  signal?: AbortSignal;
}

export class ApiTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what}: no answer within ${formatSeconds(ms)}`);
  }
}

const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))}s`;

export function githubClient(token: string, apiUrl: string, bounds: ApiBounds): GithubClient {
  const base = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  const bounded = async (url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const timer = AbortSignal.timeout(bounds.timeoutMs);
    const signals = [timer, init.signal, bounds.signal].filter((s): s is AbortSignal => !!s);
    try {
      return await base(url, { ...init, signal: AbortSignal.any(signals) });
    } catch (err) {
      const where = `${init.method ?? 'GET'} ${new URL(String(url)).pathname}`;
      if (timer.aborted) throw new ApiTimeoutError(`GitHub API ${where}`, bounds.timeoutMs);
      if (bounds.signal?.aborted) throw new ApiTimeoutError(`GitHub API ${where} (the phase ran out of time)`, bounds.timeoutMs);
      throw err;
    }
  };
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, ''), request: { fetch: bounded } });
}
