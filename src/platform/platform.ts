import type { PlatformInfo } from '../model/result.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/** Everything CI-specific. Only src/platform/ reads CI environment variables. */
export interface Platform {
  readonly info: PlatformInfo;
  readonly isCI: boolean;
  /** Fold a section of the console log (::group:: on GitHub, section_start on GitLab). */
  startGroup(title: string): void;
  endGroup(): void;
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
  comment(body: string, marker: string): Promise<{ posted: boolean; detail: string }>;
}
