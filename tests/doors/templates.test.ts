// The files users copy (action.yml, the GitLab template, the example workflow) are valid for their platforms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist.js';
import { schemaErrors, validatorFor } from '../support/shared-schemas.js';

const loadValidator = (file: string) => (data: unknown) => schemaErrors(validatorFor(file), data);

const yaml = (file: string) => load(readFileSync(path.join(repoRoot, file), 'utf8'));

describe('shipped templates', () => {
  it('action.yml is a valid node24 action whose inputs declare no defaults but the token', () => {
    const action = yaml('action.yml') as { runs: { using: string; main: string }; inputs: Record<string, { default?: string }> };
    expect(loadValidator('github-action.schema.json')(action)).toEqual([]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const withDefaults = Object.entries(action.inputs)
      .filter(([, i]) => i.default !== undefined)
      .map(([n]) => n);
    expect(withDefaults).toEqual(['github-token']);
  });

  it.each(['workflows-examples/runlens.yml', '.github/workflows/ci.yml'])('%s is a valid GitHub workflow', (file) => {
    expect(loadValidator('github-workflow.schema.json')(yaml(file))).toEqual([]);
  });

  it('the GitLab template is valid .gitlab-ci.yml and publishes every report runlens writes there', () => {
    const tpl = yaml('gitlab/runlens.gitlab-ci.yml') as Record<string, { artifacts: { reports: Record<string, string> } }>;
    expect(loadValidator('gitlab-ci.schema.json')(tpl)).toEqual([]);
    expect(Object.keys(tpl['.runlens']!.artifacts.reports).sort()).toEqual([
      'codequality',
      'dependency_scanning',
      'junit',
      'sast',
      'secret_detection',
    ]);
  });
});
