// The change under review, prepared before the steps run: the clone's history checked (and deepened) so the
// secret scan sees every commit of the change (issue 13 item 6), and the diff new-only filters findings by.
import type { Config } from '../config/schema.js';
import { markNewFindings, resolveNewOnly, type ChangeSet, type NewOnlyMode } from '../findings/new-only.js';
import type { PlatformInfo, ReviewInfo, StepResult } from '../model/result.js';

export interface Review {
  info?: ReviewInfo;
  /** Said to the user as warnings (annotation + summary notes). */
  warnings: string[];
  /** Said in the log. */
  log: string[];
  changes?: ChangeSet;
  modeOf: (stepId: string) => NewOnlyMode;
}

export async function prepareReview(a: {
  config: Pick<Config, 'new-only' | 'steps'>;
  platform: PlatformInfo;
  /** Repository root: findings' paths are relative to it. */
  root: string;
  signal?: AbortSignal;
}): Promise<Review> {
  const { platform } = a;
  const base = platform.baseSha;
  const head = platform.sha;
  const underReview = Boolean(base && head && base !== head);
  const mode = resolveNewOnly(a.config['new-only'], underReview);
  const modes = new Map(Object.entries(a.config.steps).map(([id, s]) => [id, s['new-only'] ?? mode]));
  const modeOf = (id: string): NewOnlyMode => modes.get(id) ?? mode;
  const review: Review = { warnings: [], log: [], modeOf };
  const filtering = [...modes.values(), mode].some((m) => m !== 'nofilter');

  if (underReview && base && head) {
    // Loaded only on a pull/merge request: a plain run pays nothing for it.
    const { ensureChangeHistory } = await import('./history-depth.js');
    const depth = await ensureChangeHistory({
      cwd: a.root,
      base,
      head,
      expectedCommits: platform.changeCommits,
      platform: platform.kind,
      signal: a.signal,
    });
    if (depth.fetched) review.log.push(`history: ${depth.fetched}`);
    if (depth.warning) review.warnings.push(depth.warning);
  }
  if (!filtering) return review;
  if (!underReview || !base || !head) {
    review.info = { mode, unavailable: 'no change under review (no base commit): every finding counts' };
    return review;
  }
  const { loadChangeSet } = await import('./change-set.js');
  const r = await loadChangeSet({ cwd: a.root, base, head, signal: a.signal });
  if ('unavailable' in r) {
    review.info = { mode, base, head, unavailable: `${r.unavailable}: every finding counts` };
    review.warnings.push(`new-only: ${r.unavailable}; every finding counts.`);
    return review;
  }
  review.changes = r.changes;
  review.info = { mode, base, head, changedFiles: r.changes.files.size };
  return review;
}

/** Marks the steps' findings new or existing, when there is a change set to compare with. */
export function applyReview(review: Review, steps: StepResult[]): void {
  if (review.changes) markNewFindings(steps, review.changes, review.modeOf);
}
