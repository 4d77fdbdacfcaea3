// What a detection rule sees (the repository, read-only) and what it contributes to the generated pipeline.

/** A runlens.yml step as init writes it (the YAML shape, not the parsed config). */
export type StepSpec = Record<string, unknown>;

/** Where a step goes in the generated pipeline: build → test → lint, then the scans. */
export type Stage = 'build' | 'test' | 'lint';

export interface PlannedStep {
  /** Step id stem; the ecosystem is appended when two rules plan the same stage (`test-node`, `test-python`). */
  stage: Stage;
  step: StepSpec;
  /** Why this step, as printed by init. */
  why: string;
}

/** A language the semgrep registry has a ruleset for (`p/<ruleset>`). */
export interface SemgrepLanguage {
  language: string;
  ruleset: string;
}

export interface Detection {
  /** Rule id: `node`, `python`, `eslint`, `gitleaks`… */
  rule: string;
  /** Files that made the rule fire, repository-relative. */
  evidence: string[];
  /** What was found, one line for the report (`npm (package-lock.json), vitest`). */
  found: string;
  steps?: PlannedStep[];
  /** Ecosystem name for step ids and the CI setup (`node`, `python`, `go`…). */
  ecosystem?: string;
  /** Registry rulesets for the language this ecosystem is written in. */
  semgrep?: SemgrepLanguage;
  /** Whether the ecosystem has a lockfile runlens's deps step reads. */
  lockfile?: string;
  /** Shell lines that install this ecosystem's tools on a GitHub-hosted runner (Node, Python, Go, Rust are preinstalled). */
  githubSetup?: string[];
  /** Shell lines that install the tools in GitLab's default runlens image (node:24-bookworm). */
  gitlabSetup?: string[];
  /** Options for the secrets step (e.g. an existing gitleaks config). */
  secrets?: Record<string, unknown>;
  /** Advice printed after the plan: something init could not wire by itself. */
  notes?: string[];
}

/** The repository as rules see it. */
export interface Repo {
  root: string;
  exists(rel: string): boolean;
  read(rel: string): string | undefined;
  /** Parsed package.json / pyproject.toml etc.; undefined when absent or unparsable. */
  json(rel: string): Record<string, unknown> | undefined;
  toml(rel: string): Record<string, unknown> | undefined;
  /** Top-level entries and a shallow walk (depth ≤ 4, no node_modules/.git/vendor/target) for folder rules. */
  dirs(): string[];
  files(): string[];
  /** Whether a program is on PATH. */
  onPath(program: string): boolean;
}

export interface DetectOptions {
  /** No network at run time: no OSV API, no semgrep registry rules, no tools fetched by `go run`. */
  offline: boolean;
}

export interface Rule {
  id: string;
  detect(repo: Repo, opts: DetectOptions): Detection | undefined;
}
