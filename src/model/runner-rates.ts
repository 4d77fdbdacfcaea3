// What a minute of a hosted CI runner costs: data, reviewed like data. The names are what `cost.runner`
// in runlens.yml accepts; src/report/cost.ts picks a row from the runner's environment.

export type RunnerOs = 'linux' | 'windows' | 'macos';
export type RunnerArch = 'x64' | 'arm64';

export interface GithubRunnerRate {
  /** GitHub's billing SKU. */
  name: string;
  os: RunnerOs;
  /** Undefined: the same price on either (the standard macOS runner is M1 or Intel). */
  arch?: RunnerArch;
  cores: number;
  gpu?: boolean;
  /** USD per minute, from January 1, 2026. */
  perMinute: number;
  /** A standard runner (free on public repositories, counts against the plan's included minutes); else a larger runner. */
  standard?: boolean;
}

// GitHub-hosted runners, "Actions runner pricing", https://docs.github.com/en/billing/reference/actions-runner-pricing
// (the January 1, 2026 prices). GitHub rounds the minutes and partial minutes each job uses up to the nearest whole minute.
export const GITHUB_ROUNDING = 'minute' as const;
export const GITHUB_RATES_SOURCE = 'https://docs.github.com/en/billing/reference/actions-runner-pricing';
export const GITHUB_RATES: readonly GithubRunnerRate[] = [
  // Standard runners.
  { name: 'linux_slim', os: 'linux', arch: 'x64', cores: 1, perMinute: 0.002, standard: true },
  { name: 'linux', os: 'linux', arch: 'x64', cores: 2, perMinute: 0.006, standard: true },
  { name: 'windows', os: 'windows', arch: 'x64', cores: 2, perMinute: 0.01, standard: true },
  { name: 'macos', os: 'macos', cores: 3, perMinute: 0.062, standard: true },
  // x64 larger runners.
  { name: 'linux_2_core_advanced', os: 'linux', arch: 'x64', cores: 2, perMinute: 0.006 },
  { name: 'linux_4_core', os: 'linux', arch: 'x64', cores: 4, perMinute: 0.012 },
  { name: 'linux_8_core', os: 'linux', arch: 'x64', cores: 8, perMinute: 0.022 },
  { name: 'linux_16_core', os: 'linux', arch: 'x64', cores: 16, perMinute: 0.042 },
  { name: 'linux_32_core', os: 'linux', arch: 'x64', cores: 32, perMinute: 0.082 },
  { name: 'linux_64_core', os: 'linux', arch: 'x64', cores: 64, perMinute: 0.162 },
  { name: 'linux_96_core', os: 'linux', arch: 'x64', cores: 96, perMinute: 0.252 },
  { name: 'windows_4_core', os: 'windows', arch: 'x64', cores: 4, perMinute: 0.022 },
  { name: 'windows_8_core', os: 'windows', arch: 'x64', cores: 8, perMinute: 0.042 },
  { name: 'windows_16_core', os: 'windows', arch: 'x64', cores: 16, perMinute: 0.082 },
  { name: 'windows_32_core', os: 'windows', arch: 'x64', cores: 32, perMinute: 0.162 },
  { name: 'windows_64_core', os: 'windows', arch: 'x64', cores: 64, perMinute: 0.322 },
  { name: 'windows_96_core', os: 'windows', arch: 'x64', cores: 96, perMinute: 0.552 },
  { name: 'macos_l', os: 'macos', arch: 'x64', cores: 12, perMinute: 0.077 },
  // arm64 runners (the 2-core ones are also the standard arm64 runners).
  { name: 'linux_2_core_arm', os: 'linux', arch: 'arm64', cores: 2, perMinute: 0.005 },
  { name: 'linux_4_core_arm', os: 'linux', arch: 'arm64', cores: 4, perMinute: 0.008 },
  { name: 'linux_8_core_arm', os: 'linux', arch: 'arm64', cores: 8, perMinute: 0.014 },
  { name: 'linux_16_core_arm', os: 'linux', arch: 'arm64', cores: 16, perMinute: 0.026 },
  { name: 'linux_32_core_arm', os: 'linux', arch: 'arm64', cores: 32, perMinute: 0.05 },
  { name: 'linux_64_core_arm', os: 'linux', arch: 'arm64', cores: 64, perMinute: 0.098 },
  { name: 'windows_2_core_arm', os: 'windows', arch: 'arm64', cores: 2, perMinute: 0.008 },
  { name: 'windows_4_core_arm', os: 'windows', arch: 'arm64', cores: 4, perMinute: 0.014 },
  { name: 'windows_8_core_arm', os: 'windows', arch: 'arm64', cores: 8, perMinute: 0.026 },
  { name: 'windows_16_core_arm', os: 'windows', arch: 'arm64', cores: 16, perMinute: 0.05 },
  { name: 'windows_32_core_arm', os: 'windows', arch: 'arm64', cores: 32, perMinute: 0.098 },
  { name: 'windows_64_core_arm', os: 'windows', arch: 'arm64', cores: 64, perMinute: 0.194 },
  { name: 'macos_xl', os: 'macos', arch: 'arm64', cores: 5, perMinute: 0.102 },
  // GPU runners.
  { name: 'linux_4_core_gpu', os: 'linux', arch: 'x64', cores: 4, gpu: true, perMinute: 0.052 },
  { name: 'windows_4_core_gpu', os: 'windows', arch: 'x64', cores: 4, gpu: true, perMinute: 0.102 },
];

export interface GitlabRunnerRate {
  /** The runner tag GitLab.com's hosted runners answer to. */
  name: string;
  os: RunnerOs;
  arch: RunnerArch;
  /** Compute minutes a minute of job time uses. */
  costFactor: number;
}

// GitLab-hosted runners, "Compute minutes", https://docs.gitlab.com/ci/pipelines/compute_minutes/#cost-factors-for-gitlab-hosted-runners:
// a job uses (job duration in seconds / 60) × cost factor compute minutes — no rounding.
export const GITLAB_RATES_SOURCE = 'https://docs.gitlab.com/ci/pipelines/compute_minutes/';
export const GITLAB_RATES: readonly GitlabRunnerRate[] = [
  { name: 'saas-linux-small-amd64', os: 'linux', arch: 'x64', costFactor: 1 },
  { name: 'saas-linux-medium-amd64', os: 'linux', arch: 'x64', costFactor: 2 },
  { name: 'saas-linux-large-amd64', os: 'linux', arch: 'x64', costFactor: 3 },
  { name: 'saas-linux-xlarge-amd64', os: 'linux', arch: 'x64', costFactor: 6 },
  { name: 'saas-linux-2xlarge-amd64', os: 'linux', arch: 'x64', costFactor: 12 },
  { name: 'saas-linux-medium-amd64-gpu-standard', os: 'linux', arch: 'x64', costFactor: 7 },
  { name: 'saas-linux-small-arm64', os: 'linux', arch: 'arm64', costFactor: 1 },
  { name: 'saas-linux-medium-arm64', os: 'linux', arch: 'arm64', costFactor: 2 },
  { name: 'saas-linux-large-arm64', os: 'linux', arch: 'arm64', costFactor: 3 },
  { name: 'saas-macos-medium-m1', os: 'macos', arch: 'arm64', costFactor: 6 },
  { name: 'saas-macos-large-m2pro', os: 'macos', arch: 'arm64', costFactor: 12 },
  { name: 'saas-windows-medium-amd64', os: 'windows', arch: 'x64', costFactor: 1 },
];

// Additional compute minutes on GitLab.com are sold at $10 per 1,000 (https://about.gitlab.com/pricing/#compute-minutes);
// `cost.compute-minute-price` sets another price (a contract, another currency).
export const GITLAB_COMPUTE_MINUTE_PRICE = 0.01;

/** Every name `cost.runner` accepts. */
export const RUNNER_RATE_NAMES: readonly string[] = [...GITHUB_RATES.map((r) => r.name), ...GITLAB_RATES.map((r) => r.name)];
