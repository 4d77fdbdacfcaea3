// `uses: deps`: the vulnerable packages a repository's lockfiles lock, from OSV advisories (API or offline).
import { TOOL } from './tool.js';
import { defineCheck } from '../check.js';
import { depsOptions } from './options.js';

export const depsCheck = defineCheck({
  kind: 'deps',
  description: 'Find the vulnerable packages the lockfiles lock, from OSV advisories (the OSV API or an offline database).',
  tool: TOOL,
  category: 'dependency',
  defaultPipeline: true,
  options: depsOptions,
  // Sharded runs split the lockfiles found.
  splits: 'lockfiles',
  // The implementation is a chunk of its own: a run with no deps step never loads it.
  run: async (ctx) => (await import('./run.js')).runDeps(ctx),
});
