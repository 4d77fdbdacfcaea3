import type { Annotation } from '../model/annotation.js';
import type { PlatformInfo } from '../model/result.js';

export type { Annotation };

/** Bounds on a platform API phase: each request waits at most `timeoutMs`; `signal` ends the whole phase. */
export interface ApiCallOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/** What a SARIF upload needs and gives back. */
export interface SarifUpload {
  /** Absolute path of runlens.sarif. */
  file: string;
  /** The repository root: where the SARIF's %SRCROOT% points. */
  root: string;
}

export interface SarifUploadOutcome {
  uploaded: boolean;
  /** Where the analysis is, or why nothing was uploaded. */
  detail: string;
  /** Set when GitHub accepted the file and finished processing it with errors, or said why not. */
  warning?: string;
}

export interface GroupOptions {
  collapsed?: boolean;
  at?: Date;
}

/** Everything CI-specific. Only src/platform/ reads CI environment variables. */
export interface Platform {
  readonly info: PlatformInfo;
  readonly isCI: boolean;
  /**
   * Fold a section of the console log (::group:: on GitHub, section_start on GitLab). `at` is when
   * what the section shows started (a step's own start, though the section is written after it ends);
   * `collapsed: false` opens it, for a failed step's log.
   */
  startGroup(title: string, opts?: GroupOptions): void;
  endGroup(at?: Date): void;
  /** Append Markdown to the job summary, where the platform has one. */
  writeSummary(markdown: string): Promise<void>;
  setOutputs(outputs: Record<string, string>): Promise<void>;
  annotate(annotation: Annotation): void;
  /** Ask the platform to hide this value in logs (core.setSecret on GitHub). */
  mask(value: string): void;
  /**
   * Create or update the one comment carrying `marker` on the pull/merge request under review.
   * Returns where it went, or why nothing was posted (not a PR, no token); throws on API errors.
   */
  comment(body: string, marker: string, call?: ApiCallOptions): Promise<{ posted: boolean; detail: string }>;
  /**
   * Send the run's SARIF to the platform's code scanning (GitHub only) and wait for it to be processed.
   * Absent where there is none. Returns why nothing was uploaded; throws on API errors, with a message that says what to do.
   */
  uploadSarif?(upload: SarifUpload, call: ApiCallOptions): Promise<SarifUploadOutcome>;
}
