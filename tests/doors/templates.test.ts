// The files users copy (action.yml, the GitLab template, the example workflow) are valid for their platforms.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist.js';
import { REPORT_FILES } from '../../src/report/write-reports.js';
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

  const workflowFiles = [
    ...readdirSync(path.join(repoRoot, 'workflows-examples'))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => `workflows-examples/${f}`),
    '.github/workflows/ci.yml',
  ];
  it('ships the example workflows issue 13 asks for', () => {
    for (const name of ['pr-security-gate', 'golden-update', 'traced', 'scheduled-scan'])
      expect(workflowFiles).toContain(`workflows-examples/${name}.yml`);
  });

  it.each(workflowFiles)('%s is a valid GitHub workflow', (file) => {
    expect(loadValidator('github-workflow.schema.json')(yaml(file))).toEqual([]);
  });

  it('the GitLab template family is valid .gitlab-ci.yml, and every job publishes every report runlens writes there', () => {
    const tpl = yaml('gitlab/runlens.gitlab-ci.yml') as Record<string, GitlabJob>;
    expect(loadValidator('gitlab-ci.schema.json')(tpl)).toEqual([]);
    expect(Object.keys(tpl).sort()).toEqual([
      '.runlens',
      '.runlens-deps',
      '.runlens-golden',
      '.runlens-merge',
      '.runlens-quick',
      '.runlens-secrets',
      '.runlens-secure',
      '.runlens-semgrep',
      '.runlens-sharded',
      '.runlens-traced',
    ]);
    for (const name of Object.keys(tpl)) {
      const job = resolveExtends(tpl, name);
      expect(Object.keys(job.artifacts.reports).sort(), name).toEqual([
        'codequality',
        'dependency_scanning',
        'dotenv',
        'junit',
        'sast',
        'secret_detection',
      ]);
      expect(job.artifacts.when, name).toBe('always');
      expect(job.interruptible, name).toBe(true);
      expect(job.variables.GIT_DEPTH, name).toBe('0');
      expect(job.variables.RUNLENS_VERSION, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
    // The file names are the ones runlens writes: one list, in write-reports.ts.
    const written = Object.values(REPORT_FILES);
    for (const file of Object.values(tpl['.runlens']!.artifacts.reports))
      expect(written, file).toContain(file.replace('${RUNLENS_OUTPUT_DIR}/', ''));
  });

  it('the CI/CD component interpolates its inputs into a valid job that runs the same script as .runlens', () => {
    const text = readFileSync(path.join(repoRoot, 'templates/runlens/template.yml'), 'utf8');
    const [header, body] = text.split(/^---$/m) as [string, string];
    const spec = (load(header) as { spec: { inputs: Record<string, { default?: string; options?: string[] }> } }).spec;
    for (const [name, input] of Object.entries(spec.inputs)) {
      expect(input.default, name).toBeDefined();
      if (input.options) expect(input.options, name).toContain(input.default);
    }
    const used = [...body.matchAll(/\$\[\[ inputs\.([\w-]+) \]\]/g)].map((m) => m[1]!);
    expect(new Set(used)).toEqual(new Set(Object.keys(spec.inputs)));
    const interpolated = body.replace(/\$\[\[ inputs\.([\w-]+) \]\]/g, (_, name: string) => spec.inputs[name]!.default!);
    const pipeline = load(interpolated) as Record<string, GitlabJob & { script: string[]; rules: unknown }>;
    expect(loadValidator('gitlab-ci.schema.json')(pipeline)).toEqual([]);
    const job = pipeline.runlens!;
    const base = (yaml('gitlab/runlens.gitlab-ci.yml') as Record<string, GitlabJob & { script: string[]; rules: unknown }>)['.runlens']!;
    expect(job.script).toEqual(base.script);
    expect(job.rules).toEqual(base.rules);
    expect(Object.keys(job.artifacts.reports).sort()).toEqual(Object.keys(base.artifacts.reports).sort());
    // Every template variable is an input (or fixed, as GIT_DEPTH and the npm cache are).
    for (const name of Object.keys(base.variables).filter((v) => v.startsWith('RUNLENS_') && v !== 'RUNLENS_IMAGE'))
      expect(Object.keys(job.variables), name).toContain(name);
  });

  it.each(readdirSync(path.join(repoRoot, 'tests/fixtures/gitlab')))('the example pipeline %s is valid .gitlab-ci.yml', (fixture) => {
    expect(loadValidator('gitlab-ci.schema.json')(yaml(`tests/fixtures/gitlab/${fixture}/.gitlab-ci.yml`))).toEqual([]);
  });

  it('the README documents every variable of the GitLab templates', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const tpl = yaml('gitlab/runlens.gitlab-ci.yml') as Record<string, GitlabJob>;
    const variables = new Set(Object.values(tpl).flatMap((job) => Object.keys(job.variables ?? {})));
    variables.add('RUNLENS_DISABLED');
    for (const kind of ['SECRETS', 'DEPS', 'SEMGREP']) variables.add(`RUNLENS_${kind}_DISABLED`);
    for (const v of variables) expect(readme, v).toMatch(new RegExp(`^\\| \`${v}\``, 'm'));
  });
});

interface GitlabJob {
  extends?: string;
  interruptible?: boolean;
  variables: Record<string, string>;
  artifacts: { when?: string; reports: Record<string, string> };
}

/** A hidden job with its `extends:` chain merged as GitLab does (deep merge of mappings). */
function resolveExtends(tpl: Record<string, GitlabJob>, name: string): GitlabJob {
  const job = tpl[name]!;
  if (!job.extends) return job;
  return deepMerge(resolveExtends(tpl, job.extends), job) as GitlabJob;
}

function deepMerge(a: unknown, b: unknown): unknown {
  if (!isMapping(a) || !isMapping(b)) return b;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out;
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
