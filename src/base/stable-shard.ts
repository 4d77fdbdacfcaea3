// Which shard an item belongs to, by a stable hash of its name alone: a file's shard does not move when
// other files are added or removed, so a shard's share (and its cache) stays put between runs.

import { createHash } from './hash.js';

/** 1-based shard (1..total) of `item`. */
export function shardOfItem(item: string, total: number): number {
  if (total <= 1) return 1;
  const h = createHash('sha256').update(item).digest();
  return (h.readUInt32BE(0) % total) + 1;
}

/** This job's share of a sharded run: shard `index` of `total`, 1-based (as GitLab's CI_NODE_INDEX). */
export interface ShardSpec {
  index: number;
  total: number;
}
