// With no runlens.yml, runlens still does something useful: scan the repository (DESIGN.md: secrets + deps).
import { CHECKS } from '../checks/registry.js';
import { ConfigError } from '../errors.js';
import type { ConfigInput } from './schema.js';

/** Where runlens looks for its configuration, in order; the first that exists wins. */
export const CONFIG_FILE_NAMES = ['runlens.yml', 'runlens.yaml', '.runlens.yml', '.github/runlens.yml'] as const;

/** The kinds the default pipeline runs, when they are registered. */
export const DEFAULT_PIPELINE_KINDS = ['secrets', 'deps'] as const;

/** Shown when there is neither a runlens.yml nor a registered default check. Kept valid by a test. */
export const EXAMPLE_CONFIG = `version: 1
steps:
  build: { run: npm ci }
  test: { run: npm test, needs: [build] }
  lint: { run: npm run lint, needs: [build] }
`;

/**
 * The pipeline for a repository without runlens.yml: one step per registered default kind, each over the
 * whole repository with its default options. `cwd` only names the folder in the error; `registered` is the
 * check kinds this build has (CHECKS).
 */
export function defaultPipeline(cwd: string, registered: readonly string[] = CHECKS.map((c) => c.kind)): ConfigInput {
  const kinds = DEFAULT_PIPELINE_KINDS.filter((k) => registered.includes(k));
  if (kinds.length === 0) {
    const indented = EXAMPLE_CONFIG.trimEnd().replace(/^/gm, '    ');
    throw new ConfigError([
      {
        file: cwd,
        path: '',
        message:
          `no runlens.yml found (looked for ${CONFIG_FILE_NAMES.join(', ')}), and the default pipeline ` +
          `(${DEFAULT_PIPELINE_KINDS.join(' + ')}) is not available in this build.\n` +
          `  Create runlens.yml, for example:\n${indented}\n  or pass --config <file> (env RUNLENS_CONFIG).`,
      },
    ]);
  }
  return { version: 1, steps: Object.fromEntries(kinds.map((kind) => [kind, { uses: kind }])) };
}
