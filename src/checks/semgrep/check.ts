// `uses: semgrep`: the real semgrep CLI over the step's code, with local rules or registry rulesets.
import { defineCheck } from '../check.js';
import { SEMGREP_VERSION, semgrepOptions } from './options.js';

export const semgrepCheck = defineCheck({
  kind: 'semgrep',
  description: 'Run semgrep (local rules or registry rulesets) and report its findings; diff-aware on pull/merge requests.',
  tool: { name: 'semgrep', informationUri: 'https://semgrep.dev/' },
  category: 'sast',
  requires: [{ program: 'semgrep', versionArgs: ['--version'], install: `pipx install semgrep==${SEMGREP_VERSION}` }],
  options: semgrepOptions,
  // Sharded runs give each shard's semgrep its share of the files as targets.
  splits: 'files',
  // The implementation is a chunk of its own: a run with no semgrep step never loads it.
  run: async (ctx) => (await import('./run.js')).runSemgrep(ctx),
});
