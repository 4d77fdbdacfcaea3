// `uses: tool`: a linter or scanner runlens knows (a preset) or any tool that writes SARIF or text a
// GitHub problem matcher reads. Findings carry the real tool's name and version.
import { defineCheck } from '../check.js';
import { PRESET_NAMES, toolOptions, type ToolOptions } from './options.js';
import { PRESET_REQUIRES } from './presets/requires.js';

export const toolCheck = defineCheck({
  kind: 'tool',
  description:
    'Run a linter or scanner — a preset (bandit, ruff, eslint, shellcheck, hadolint, gitleaks, osv-scanner, npm audit, pip-audit, trivy) or any tool writing SARIF or text for a problem matcher — and read its findings.',
  // Findings carry the real tool's name; this one is only what the step kind is called.
  tool: { name: 'tool' },
  category: 'mixed',
  // Every preset's program, so `doctor` can say which are installed; a step needs only its preset's.
  // (requires.ts, not the presets: their report readers load with the runner.)
  requires: PRESET_NAMES.map((name) => ({ ...PRESET_REQUIRES[name], neededBy: (o: unknown) => (o as ToolOptions).preset === name })),
  options: toolOptions,
  // The runner is a chunk of its own: a run with no tool step never loads it.
  run: async (ctx) => (await import('./run.js')).runTool(ctx),
});
