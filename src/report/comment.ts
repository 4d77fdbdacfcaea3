// The pull/merge request comment: the job summary, compacted, behind a hidden marker so each run
// updates the same comment instead of adding another.
import type { RunResult } from '../model/result.js';
import { renderSummary } from './summary.js';

// GitHub rejects comment bodies over 65,536 characters; bytes ≥ characters, so a byte cap below it is safe.
const MAX_COMMENT_BYTES = 60_000;

export function commentMarker(run: Pick<RunResult, 'name'>): string {
  // One sticky comment per pipeline name, so two runlens jobs in one PR keep a comment each.
  return `<!-- runlens:comment:${encodeURIComponent(run.name)} -->`;
}

export function renderComment(run: RunResult): string {
  return `${commentMarker(run)}\n${renderSummary(run, { maxBytes: MAX_COMMENT_BYTES, topFindings: 10, failedTests: 10 })}`;
}
