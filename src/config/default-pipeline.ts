// With no runlens.yml, runlens still does something useful: every registered check that asks to be in
// the default pipeline (`defaultPipeline: true` in its defineCheck) runs over the whole repository.
import { allChecks } from '../checks/registry.js';
import type { Check } from '../checks/check.js';
import { ConfigError } from '../base/errors.js';
import type { ConfigInput } from './schema.js';

/** Where runlens looks for its configuration, in order; the first that exists wins. */
export const CONFIG_FILE_NAMES = ['runlens.yml', 'runlens.yaml', '.runlens.yml', '.github/runlens.yml'] as const;

/** Shown when there is neither a runlens.yml nor a registered default check. Kept valid by a test. */
export const EXAMPLE_CONFIG = `version: 1
steps:
  build: { run: npm ci }
  test: { run: npm test, needs: [build] }
  lint: { run: npm run lint, needs: [build] }
`;

/** The kinds a repository without runlens.yml runs, in registration order. */
export function defaultPipelineKinds(checks: readonly Pick<Check, 'kind' | 'defaultPipeline'>[] = allChecks()): string[] {
  return checks.filter((c) => c.defaultPipeline).map((c) => c.kind);
}

/**
 * The pipeline for a repository without runlens.yml: one step per default kind, each over the whole
 * repository with its default options. `cwd` only names the folder in the error.
 */
export function defaultPipeline(cwd: string, checks: readonly Pick<Check, 'kind' | 'defaultPipeline'>[] = allChecks()): ConfigInput {
  const kinds = defaultPipelineKinds(checks);
  if (kinds.length === 0) {
    const indented = EXAMPLE_CONFIG.trimEnd().replace(/^/gm, '    ');
    throw new ConfigError([
      {
        file: cwd,
        path: '',
        message:
          `no runlens.yml found (looked for ${CONFIG_FILE_NAMES.join(', ')}), and this build has no check for the default pipeline.\n` +
          `  Create runlens.yml, for example:\n${indented}\n  or pass --config <file> (env RUNLENS_CONFIG).`,
      },
    ]);
  }
  return { version: 1, steps: Object.fromEntries(kinds.map((kind) => [kind, { uses: kind }])) };
}

export const DEFAULT_PIPELINE_DOC_START = '<!-- default-pipeline:start -->';
export const DEFAULT_PIPELINE_DOC_END = '<!-- default-pipeline:end -->';

/** The README's sentence about the default pipeline, from the registry, so it names only checks that exist. */
export function defaultPipelineMarkdown(checks: readonly Pick<Check, 'kind' | 'defaultPipeline' | 'description'>[] = allChecks()): string {
  const chosen = checks.filter((c) => c.defaultPipeline);
  if (chosen.length === 0) return 'With no runlens.yml, runlens stops and shows an example runlens.yml to start from.';
  const items = chosen.map((c) => `\`${c.kind}\` — ${c.description.replace(/\.$/, '')}`);
  return `With no runlens.yml, runlens runs its default pipeline, each check over the whole repository with its default options: ${items.join('; ')}.`;
}

/** `readme` with the text between the default-pipeline markers rewritten (scripts/gen-docs-default-pipeline.mjs). */
export function withDefaultPipelineDoc(readme: string): string {
  const start = readme.indexOf(DEFAULT_PIPELINE_DOC_START);
  const end = readme.indexOf(DEFAULT_PIPELINE_DOC_END);
  if (start === -1 || end < start)
    throw new Error(`README.md needs the markers ${DEFAULT_PIPELINE_DOC_START} and ${DEFAULT_PIPELINE_DOC_END}`);
  return `${readme.slice(0, start)}${DEFAULT_PIPELINE_DOC_START}\n${defaultPipelineMarkdown()}\n${readme.slice(end)}`;
}
