// "Only what the PR changed fails it": reviewdog's filter modes over the diff of the change under review.
// Each finding is marked `baseline: 'new'` (inside the step's filter: counts for the gate) or `'existing'`
// (outside it: still reported in SARIF, the summary and the comment, never fails the gate).
import type { Finding, Location } from '../model/finding.js';

/**
 * `added`: on a line the change added or modified · `diff_context`: anywhere in a diff hunk (changed lines and
 * their context) · `file`: anywhere in a file the change touched · `nofilter`: everything counts.
 */
export const NEW_ONLY_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type NewOnlyMode = (typeof NEW_ONLY_MODES)[number];
/** The run-level setting: `auto` is `added` on a pull/merge request and `nofilter` elsewhere. */
export const NEW_ONLY_SETTINGS = ['auto', ...NEW_ONLY_MODES] as const;
export type NewOnlySetting = (typeof NEW_ONLY_SETTINGS)[number];

/** Inclusive line ranges on the new side of the diff, sorted by start. */
export type LineRanges = Array<[number, number]>;

export interface ChangedFile {
  /** Lines the change added or modified. */
  added: LineRanges;
  /** The hunks, context lines included. */
  hunks: LineRanges;
}

/** What the change under review touched: repository-relative path (forward slashes) → its changed lines. */
export interface ChangeSet {
  base: string;
  head: string;
  files: Map<string, ChangedFile>;
}

export function resolveNewOnly(setting: NewOnlySetting, underReview: boolean): NewOnlyMode {
  if (setting !== 'auto') return setting;
  return underReview ? 'added' : 'nofilter';
}

function within(ranges: LineRanges, from: number, to: number): boolean {
  return ranges.some(([a, b]) => a <= to && from <= b);
}

/**
 * Whether a location falls inside what the change touched, in the given mode (default `added`: the lines it
 * added or modified). Annotations use it to put changed-line findings first.
 */
export function isChanged(changes: ChangeSet, location: Location | undefined, mode: NewOnlyMode = 'added'): boolean {
  if (mode === 'nofilter') return true;
  if (!location) return false;
  const file = changes.files.get(location.path);
  if (!file) return false;
  if (mode === 'file') return true;
  // A finding about a whole file (no line) is on the change when the file is.
  if (location.startLine === undefined) return true;
  const end = location.endLine ?? location.startLine;
  return within(mode === 'added' ? file.added : file.hunks, location.startLine, end);
}

/** A secret found in one of the change's own commits counts whatever line it is on (it is in the history now). */
function fromChangeCommits(f: Finding): boolean {
  return f.category === 'secret' && typeof f.properties?.commit === 'string';
}

/**
 * Marks every finding of `steps` `new` or `existing` (in place). `modeOf` gives each step's mode; a step in
 * `nofilter` mode leaves its findings unmarked (they all count). Findings without a location are `existing`
 * under a filter, as in reviewdog: nothing ties them to the change.
 */
export function markNewFindings(
  steps: Array<{ id: string; findings: Finding[] }>,
  changes: ChangeSet,
  modeOf: (stepId: string) => NewOnlyMode,
): void {
  for (const step of steps) {
    const mode = modeOf(step.id);
    if (mode === 'nofilter') continue;
    for (const f of step.findings) {
      f.baseline = fromChangeCommits(f) || isChanged(changes, f.location, mode) ? 'new' : 'existing';
    }
  }
}

/** Whether the findings gate counts a finding: everything but what new-only marked `existing`. */
export function countsForGate(f: Finding): boolean {
  return f.baseline !== 'existing';
}
