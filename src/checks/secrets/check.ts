// `uses: secrets`: credentials in the working tree and in the commits a pull/merge request adds.
import { TOOL } from './tool.js';
import { defineCheck } from '../check.js';
import { secretsOptions } from './options.js';

export const secretsCheck = defineCheck({
  kind: 'secrets',
  description: 'Find credentials (tokens, keys, passwords) in the working tree and in the commits of a pull/merge request.',
  tool: TOOL,
  category: 'secret',
  defaultPipeline: true,
  options: secretsOptions,
  // Sharded runs split the working tree's files (the history scan runs in each shard; the merge drops duplicates).
  splits: 'files',
  // The implementation is a chunk of its own: a run with no secrets step never loads it.
  run: async (ctx) => (await import('./run.js')).runSecrets(ctx),
});
