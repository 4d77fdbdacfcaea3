import type { Severity } from './severity.js';

export interface Location {
  /** Repository-relative, forward slashes. */
  path: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  /** Already redacted where the finding is a secret. */
  snippet?: string;
}

export const FINDING_CATEGORIES = ['secret', 'dependency', 'sast', 'golden', 'quality', 'test', 'other'] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export interface Finding {
  /** Tool that produced it: `runlens-secrets`, `semgrep`, … One SARIF run per tool. */
  tool: string;
  toolVersion?: string;
  ruleId: string;
  /** Short rule name, shown as a title. */
  title: string;
  message: string;
  severity: Severity;
  category: FindingCategory;
  location?: Location;
  /** Stable across runs and line moves: used for SARIF partialFingerprints and baselines. */
  fingerprint: string;
  /** Markdown help for the rule: what it means and what to do. */
  help?: string;
  helpUri?: string;
  /** Step that produced it. */
  stepId: string;
  /**
   * Set by new-only (src/findings/new-only.ts) on a pull/merge request: `new` is inside the step's filter (or a
   * secret from the change's own commits) and counts for the gate; `existing` is outside it: reported, never
   * failing. Absent when nothing was filtered (`nofilter`, no change under review): the finding counts.
   */
  baseline?: 'new' | 'existing';
  /**
   * Tool-specific extras. Known keys: `confidence` (FindingConfidence; e.g. `high` for a secret whose format
   * checksum is valid, `medium` when it is not), copied into the SARIF result's properties.
   */
  properties?: Record<string, unknown>;
}

/** How sure a finding is, where the tool can tell (`properties.confidence`). */
export type FindingConfidence = 'high' | 'medium' | 'low';
