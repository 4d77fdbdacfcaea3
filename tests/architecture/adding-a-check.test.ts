// Adding a check kind takes its folder and one registration (docs/architecture.md, "Adding a check"):
// the fixture check tests/fixtures/checks/example is registered here, and nowhere else, and shows up
// everywhere a kind must.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCheck } from '../../src/checks/registry.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { defaultPipelineKinds } from '../../src/config/default-pipeline.js';
import { loadConfig } from '../../src/config/load.js';
import { doctor } from '../../src/commands/doctor.js';
import { gitlabScansRan, toGitlabSast } from '../../src/report/gitlab.js';
import { toSarif } from '../../src/report/sarif.js';
import { todoMarkersCheck } from '../fixtures/checks/example/check.js';
import { removeTempWorkspaces, run as runEngine, tempWorkspace } from '../support/engine.js';
import { run as runResult } from '../support/run-result.js';

let unregister: () => void;
beforeAll(() => {
  unregister = registerCheck(todoMarkersCheck);
});
afterAll(async () => {
  unregister();
  await removeTempWorkspaces();
});

const CONFIG = 'version: 1\nsteps:\n  markers:\n    uses: todo-markers\n';

/** A workspace with runlens.yml running the fixture check, and `files`. */
async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await tempWorkspace();
  await writeFile(path.join(dir, 'runlens.yml'), CONFIG);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** Loads the workspace's runlens.yml and runs it with the real engine; the RunResult reporters get. */
async function runWorkspace(dir: string) {
  const loaded = await loadConfig({ cwd: dir, env: {} });
  const ran = await runEngine(loaded.config, dir);
  return runResult({ steps: ran.results, workspace: dir });
}

describe('a check added with one registration', () => {
  it('is a `uses:` kind of the JSON Schema, with its options', () => {
    const schema = configJsonSchema() as {
      properties: { steps: { additionalProperties: { properties: { uses: { enum: string[] } }; allOf: unknown[] } } };
    };
    const step = schema.properties.steps.additionalProperties;
    expect(step.properties.uses.enum).toContain('todo-markers');
    expect(step.allOf).toContainEqual({
      if: { properties: { uses: { const: 'todo-markers' } }, required: ['uses'] },
      then: { properties: { with: expect.objectContaining({ properties: { marker: expect.objectContaining({ default: 'FIXME' }) } }) } },
    });
  });

  it('validates its options in runlens.yml by its own schema', async () => {
    const dir = await tempWorkspace();
    await writeFile(path.join(dir, 'runlens.yml'), `${CONFIG}    with:\n      marker: ''\n`);
    await expect(loadConfig({ cwd: dir, env: {} })).rejects.toThrow(/runlens\.yml:6:\d+: steps\.markers\.with\.marker/);
  });

  it('joins the default pipeline when it asks to', async () => {
    expect(defaultPipelineKinds()).toContain('todo-markers');
    const loaded = await loadConfig({ cwd: await tempWorkspace(), env: {} });
    expect(loaded.config.steps['todo-markers']).toMatchObject({ uses: 'todo-markers', with: { marker: 'FIXME' } });
  });

  it('has doctor look for the program it requires, as required when the pipeline uses it', async () => {
    const checks = await doctor({ workspace: await workspace({}), env: {} });
    expect(checks.find((c) => c.name === 'grep')).toMatchObject({
      ok: true,
      required: true,
      detail: expect.stringMatching(/for uses: .*todo-markers/),
    });
  });

  it('gets an empty SARIF run and a successful GitLab report of its category when the scan is clean', async () => {
    const result = await runWorkspace(await workspace({ 'src/app.js': 'export const done = true;\n' }));
    expect(result.steps[0]).toMatchObject({
      status: 'passed',
      findings: [],
      tools: [expect.objectContaining({ name: 'todo-markers', category: 'sast' })],
    });

    const run = toSarif(result).log.runs.find((r) => r.tool.driver.name === 'todo-markers');
    expect(run?.results).toEqual([]);
    expect(gitlabScansRan(result)).toContain('sast');
    const report = toGitlabSast(result);
    expect(report.scan.status).toBe('success');
    expect(report.vulnerabilities).toEqual([]);
  });

  it('reports what it finds in SARIF and in the GitLab report of its category', async () => {
    const result = await runWorkspace(await workspace({ 'src/app.js': 'const x = 1; // FIXME: handle overflow\n' }));
    const run = toSarif(result).log.runs.find((r) => r.tool.driver.name === 'todo-markers');
    expect(run?.results).toEqual([
      expect.objectContaining({
        ruleId: 'todo-marker',
        locations: [
          expect.objectContaining({
            physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'src/app.js' }) }),
          }),
        ],
      }),
    ]);
    expect(toGitlabSast(result).vulnerabilities).toEqual([expect.objectContaining({ name: 'FIXME left in the code' })]);
  });
});
