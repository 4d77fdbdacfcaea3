// `problem-matcher:` on a `run:` step: the engine reads the step's output with GitHub problem matchers.
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { createRedactor } from '../../src/engine/redactor.js';
import { config, removeTempWorkspaces, run } from '../support/engine.js';
import { FIXTURES, removeWorkspaces, requireTools, toolEnv, workspace } from './support.js';

beforeAll(() => requireTools('shellcheck'));
afterAll(async () => {
  await removeWorkspaces();
  await removeTempWorkspaces();
});

// Matcher files are read only from inside the workspace (base/workspace-path.ts): each test copies them in.
const matcher = '.matchers/shellcheck-gcc.json';
async function withMatchers(ws: string): Promise<string> {
  await cp(path.join(FIXTURES, 'matchers'), path.join(ws, '.matchers'), { recursive: true });
  return ws;
}

describe('problem-matcher on a run step', () => {
  it('turns the lines of a real linter’s output into findings, with the matcher as the tool', async () => {
    const ws = await withMatchers(await workspace('shell'));
    const ran = await run(
      config({ lint: { run: ['shellcheck', '--format=gcc', 'scripts/deploy.sh'], 'problem-matcher': matcher, 'continue-on-error': true } }),
      ws,
      { env: toolEnv() },
    );
    const step = ran.byId.lint!;
    // shellcheck exits 1 when it finds something: the step failed, as its command did.
    expect(step.status).toBe('failed');
    expect(step.findings.map((f) => `${f.ruleId} ${f.location?.path}:${f.location?.startLine} ${f.severity}`)).toEqual([
      'SC2086 scripts/deploy.sh:4 note',
      'SC2045 scripts/deploy.sh:5 high',
      'SC2035 scripts/deploy.sh:5 note',
      'SC2154 scripts/deploy.sh:8 medium',
    ]);
    expect(step.tools).toEqual([{ name: 'shellcheck-gcc', category: 'quality' }]);
    expect(ran.log('lint')).toContain('Iterating over ls output is fragile');
  });

  it('keeps only the last attempt’s problems, from a step in a subfolder', async () => {
    const ws = await withMatchers(await workspace('shell'));
    await writeFile(
      path.join(ws, 'scripts', 'flaky.sh'),
      '#!/bin/bash\nif [ ! -f .tried ]; then touch .tried; echo "deploy.sh:1:1: error: first try [SC1000]"; exit 1; fi\necho "deploy.sh:5:10: warning: second try [SC2000]"\n',
      { mode: 0o755 },
    );
    const ran = await run(
      config({
        flaky: {
          run: './flaky.sh',
          'working-directory': 'scripts',
          'problem-matcher': `../${matcher}`,
          retries: { attempts: 1, backoff: '10ms' },
        },
      }),
      ws,
      { env: toolEnv() },
    );
    expect(ran.byId.flaky!.status).toBe('passed');
    expect(ran.byId.flaky!.findings.map((f) => `${f.ruleId} ${f.location?.path}:${f.location?.startLine}`)).toEqual([
      'SC2000 scripts/deploy.sh:5',
    ]);
  });

  it('redacts what a matched line captured, as the log is', async () => {
    const ws = await withMatchers(await workspace('shell'));
    const secret = 'hunter2-not-a-real-secret-9f8e7d';
    const redactor = await createRedactor({});
    redactor.add(secret);
    const ran = await run(
      config({ lint: { run: `echo "scripts/deploy.sh:2:1: error: token ${secret} leaked [SC9999]"`, 'problem-matcher': matcher } }),
      ws,
      { env: toolEnv(), context: { redactor } },
    );
    const f = ran.byId.lint!.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'SC9999', location: { path: 'scripts/deploy.sh', startLine: 2 } });
    expect(f.message).toMatch(/^token \S+ leaked$/);
    expect(JSON.stringify(ran.byId.lint)).not.toContain(secret);
    expect(ran.log('lint')).not.toContain(secret);
  });

  it('fails the step after it ran, with file:line:col, when a matcher file is broken', async () => {
    const ws = await withMatchers(await workspace('shell'));
    const ran = await run(config({ lint: { run: 'echo hello', 'problem-matcher': '.matchers/broken.json' } }), ws, {
      env: toolEnv(),
    });
    expect(ran.byId.lint!.status).toBe('failed');
    expect(ran.byId.lint!.reason).toMatch(/broken\.json:7:19: problemMatcher\[0\]\.pattern\[0\]\.line is group 4/);
    expect(ran.log('lint')).toContain('hello');
  });

  it('is only for run steps', () => {
    const r = configSchema.safeParse({ version: 1, steps: { a: { uses: 'secrets', 'problem-matcher': 'm.json' } } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toContain(
      '`problem-matcher` reads the output of a `run` step (for `uses: tool`, set `with.format: problem-matcher`)',
    );
  });
});
