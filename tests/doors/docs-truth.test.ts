// The docs users read say what is true: the README's default-pipeline sentence comes from the registry,
// its input and output lists are action.yml's, the enums an input description offers are the schema's,
// every example workflow grants what the defaults need, and no text promises what the action does not do.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PIPELINE_DOC_END,
  DEFAULT_PIPELINE_DOC_START,
  defaultPipelineKinds,
  defaultPipelineMarkdown,
  withDefaultPipelineDoc,
} from '../../src/config/default-pipeline.js';
import { OVERRIDABLE } from '../../src/config/overrides.js';
import { OTLP_PROTOCOLS, TRACE_EXPORTERS, configSchema } from '../../src/config/schema.js';
import { FAIL_ON } from '../../src/model/severity.js';
import { repoRoot } from '../support/dist.js';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const readme = read('README.md');
interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}
const action = load(read('action.yml')) as ActionYml;

/** The backticked names of the README sentence that starts with `label`, up to the next sentence. */
function readmeList(label: string): string[] {
  const start = readme.indexOf(label);
  expect(start, `README.md has no "${label}"`).toBeGreaterThan(-1);
  const text = readme.slice(start + label.length, readme.indexOf('. ', start));
  return [...text.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
}

describe('README.md', () => {
  it('describes the default pipeline as the registry defines it, between its markers', () => {
    expect(readme, 'stale: run `npm run schema`').toBe(withDefaultPipelineDoc(readme));
    const block = readme.slice(readme.indexOf(DEFAULT_PIPELINE_DOC_START), readme.indexOf(DEFAULT_PIPELINE_DOC_END));
    for (const kind of defaultPipelineKinds()) expect(block).toContain(`\`${kind}\``);
    // Nothing outside the block names a default pipeline of its own.
    const outside = readme.replace(block, '');
    expect(outside).not.toMatch(/default pipeline \(/);
  });

  it('names a check in the default-pipeline sentence only when it is registered for it', () => {
    const sentence = defaultPipelineMarkdown([
      { kind: 'secrets', defaultPipeline: true, description: 'Find credentials.' },
      { kind: 'golden', defaultPipeline: false, description: 'Compare outputs.' },
    ]);
    expect(sentence).toContain('`secrets` — Find credentials');
    expect(sentence).not.toContain('golden');
    expect(defaultPipelineMarkdown([])).toMatch(/example runlens\.yml/);
  });

  it("lists exactly action.yml's inputs, in its order", () => {
    expect(readmeList('Inputs (all optional; runlens.yml holds the defaults):')).toEqual(Object.keys(action.inputs));
  });

  it("lists exactly action.yml's outputs, in its order", () => {
    expect(readmeList('Outputs:')).toEqual(Object.keys(action.outputs));
  });

  it('states the one rule for step status, and the repository-relative paths', () => {
    expect(readme).toContain('### Step status and the findings gate');
    expect(readme).toMatch(/a step fails when its own verdict is "fail"/);
    expect(readme).toMatch(/A scan that ran to\s+the end passes, whatever it found/);
    expect(readme).toMatch(/relative to `%SRCROOT%`, the repository root/);
  });
});

describe('action.yml', () => {
  it('declares every input optional, and no default but the token: runlens.yml holds the defaults', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.required ?? false, name).toBe(false);
      if (name !== 'github-token') expect(input.default, name).toBeUndefined();
    }
  });

  it('offers, in each enum input, exactly the values the schema accepts', () => {
    const values = (input: string) => action.inputs[input]!.description;
    for (const severity of FAIL_ON) expect(values('fail-on')).toContain(severity);
    for (const order of configSchema.shape['log-order'].unwrap().options) expect(values('log-order')).toContain(order);
    for (const mode of configSchema.shape['pr-comment'].unwrap().options) expect(values('pr-comment')).toContain(mode);
    for (const mode of configSchema.shape['new-only'].unwrap().options) expect(values('new-only')).toContain(mode);
    for (const protocol of OTLP_PROTOCOLS) expect(values('otel-protocol')).toContain(protocol);
    for (const exporter of TRACE_EXPORTERS) expect(values('otel-exporter')).toContain(exporter);
    expect(values('dry-run')).toMatch(/true or false/);
  });

  it('says "Overrides … in runlens.yml" for every input that sets a runlens.yml field', () => {
    const inputs = Object.keys(action.inputs);
    for (const { field } of OVERRIDABLE.filter((o) => inputs.includes(o.field)))
      expect(action.inputs[field]!.description, field).toContain(`Overrides ${field} in runlens.yml`);
  });

  it('names result=error among the results', () => {
    expect(action.outputs.result!.description).toMatch(/\berror\b/);
  });

  it('promises for the token only what the action does with it', () => {
    const src = (dir: string): string[] =>
      readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? src(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [read(path.join(dir, e.name))] : [],
      );
    const uploadsSarif = src('src').some((text) => text.includes('code-scanning/sarifs'));
    const token = action.inputs['github-token']!.description;
    expect(/SARIF upload|upload(s)? SARIF/i.test(token.replace(/through github\/codeql-action\/upload-sarif[^.]*/, ''))).toBe(uploadsSarif);
  });
});

interface Workflow {
  on?: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
}

describe('the example workflows', () => {
  const prCommentOnByDefault = configSchema.shape['pr-comment'].parse(undefined) !== 'off';
  const workflows = [
    ['README.md', load(/```yaml\n(# \.github\/workflows\/runlens\.yml[\s\S]*?)```/.exec(readme)![1]!)],
    ...readdirSync(path.join(repoRoot, 'workflows-examples'))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => [`workflows-examples/${f}`, load(read(`workflows-examples/${f}`))]),
  ] as Array<[string, Workflow]>;

  it.each(workflows)('%s grants pull-requests: write where it runs on pull requests with the PR comment on', (_, workflow) => {
    expect(prCommentOnByDefault).toBe(true);
    const onPullRequests = typeof workflow.on === 'object' && workflow.on !== null && 'pull_request' in workflow.on;
    for (const job of Object.values(workflow.jobs)) {
      const runlens = job.steps?.find((s) => s.uses?.startsWith('runlens/runlens@'));
      if (!runlens || !onPullRequests || runlens.with?.['pr-comment'] === 'off') continue;
      expect((job.permissions ?? workflow.permissions)?.['pull-requests']).toBe('write');
    }
  });
});
