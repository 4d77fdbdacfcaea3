// `uses: golden`: compares program outputs with known-good files, numerically where the data is numbers.
import { TOOL } from './tool.js';
import { defineCheck } from '../check.js';
import { goldenOptions } from './options.js';

export const goldenCheck = defineCheck({
  kind: 'golden',
  description:
    'Compare outputs with golden files: CSV/TSV, JSON, YAML, text, NumPy .npy, WAV and bytes, numbers within |a − e| ≤ abs + rel·|e|.',
  tool: TOOL,
  category: 'golden',
  options: goldenOptions,
  // Sharded runs split the cases (by name); a `run:` producer runs in each shard.
  splits: 'cases',
  // The implementation is a chunk of its own: a run with no golden step never loads it.
  run: async (ctx) => (await import('./run.js')).runGolden(ctx),
});
