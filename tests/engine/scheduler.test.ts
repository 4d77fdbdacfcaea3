import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/checks/check.js';
import type { Attempt, StepResult } from '../../src/model/result.js';
import type { RunTrace, StepTrace } from '../../src/model/trace.js';
import { RunlensError } from '../../src/base/errors.js';
import { config, fixture, isAlive, pidsIn, recordingProgress, removeTempWorkspaces, run, tempWorkspace } from '../support/engine.js';

afterAll(removeTempWorkspaces);

describe('runPlan: order and concurrency', () => {
  it('never runs more steps at once than the concurrency limit, and fills it', async () => {
    const ws = await tempWorkspace();
    const running = path.join(ws, 'running');
    const step = { run: ['bash', fixture('concurrent.sh'), running, '2'] };
    await mkdir(running);
    const { results } = await run(config({ a: step, b: step, c: step, d: step }), ws, { concurrency: 2 });
    expect(results.map((r) => r.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    const peaks = readFileSync(`${running}.peak`, 'utf8').trim().split('\n').map(Number);
    expect(Math.max(...peaks)).toBe(2);
  });

  it('starts a step only after everything it needs has passed', async () => {
    const ws = await tempWorkspace();
    const progress = recordingProgress();
    await run(config({ build: { run: 'true' }, test: { needs: ['build'], run: 'true' } }), ws, { progress, concurrency: 4 });
    expect(progress.events.indexOf('start test')).toBeGreaterThan(progress.events.indexOf('finish build passed'));
  });

  it('returns a result for every step, in plan order', async () => {
    const ws = await tempWorkspace();
    const { results } = await run(config({ z: { run: 'true' }, a: { needs: ['z'], run: 'false' }, m: { run: 'true' } }), ws);
    expect(results.map((r) => r.id)).toEqual(['z', 'm', 'a']);
  });
});

describe('runPlan: failures', () => {
  it('skips the dependants of a failed step, saying which need failed', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(
      config({ build: { run: 'exit 3' }, test: { needs: ['build'], run: 'true' }, deploy: { needs: ['test'], run: 'true' } }),
      ws,
    );
    expect(byId.build).toMatchObject({ status: 'failed', exitCode: 3, reason: 'exit 3', allowedFailure: false });
    expect(byId.test).toMatchObject({ status: 'skipped', reason: 'needs build, which failed', attempts: [] });
    expect(byId.deploy).toMatchObject({ status: 'skipped', reason: 'needs test, which was skipped' });
  });

  it('lets dependants of a continue-on-error step run, marking its failure allowed', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(config({ lint: { run: 'false', 'continue-on-error': true }, build: { needs: ['lint'], run: 'true' } }), ws);
    expect(byId.lint).toMatchObject({ status: 'failed', allowedFailure: true });
    expect(byId.build!.status).toBe('passed');
  });

  it('retries a failing step until it passes, recording each attempt', async () => {
    const ws = await tempWorkspace();
    const progress = recordingProgress();
    const counter = path.join(ws, 'count');
    const { byId } = await run(
      config({ flaky: { run: ['bash', fixture('flaky.sh'), counter, '3'], retries: { attempts: 4, backoff: '10ms' } } }),
      ws,
      {
        progress,
      },
    );
    expect(byId.flaky!.status).toBe('passed');
    expect(byId.flaky!.attempts.map((a) => [a.attempt, a.status, a.exitCode])).toEqual([
      [1, 'failed', 1],
      [2, 'failed', 1],
      [3, 'passed', 0],
    ]);
    expect(progress.events.filter((e) => e.startsWith('retry'))).toEqual(['retry flaky 1->2/5', 'retry flaky 2->3/5']);
  });

  it('fails a step that fails every attempt, after the last retry', async () => {
    const ws = await tempWorkspace();
    const counter = path.join(ws, 'count');
    const { byId } = await run(
      config({ flaky: { run: ['bash', fixture('flaky.sh'), counter, '99'], retries: { attempts: 2, backoff: '1ms' } } }),
      ws,
    );
    expect(byId.flaky).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(byId.flaky!.attempts).toHaveLength(3);
    expect(readFileSync(counter, 'utf8').trim()).toBe('3');
  });

  it('times a step out, stops its process tree and skips its dependants', async () => {
    const ws = await tempWorkspace();
    const pids = path.join(ws, 'pids');
    const { byId } = await run(
      config({ serve: { run: ['bash', fixture('spawn-tree.sh'), pids], timeout: '1s' }, after: { needs: ['serve'], run: 'true' } }),
      ws,
      { killGraceMs: 300 },
    );
    expect(byId.serve).toMatchObject({ status: 'timed-out', reason: 'timed out after 1.00s' });
    expect(byId.after).toMatchObject({ status: 'skipped', reason: 'needs serve, which timed out' });
    expect(pidsIn(pids).filter(isAlive)).toEqual([]);
  });

  it('fails a step whose SARIF file was never written, saying which pattern', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(config({ scan: { run: 'true', sarif: 'reports/*.sarif' } }), ws);
    expect(byId.scan!.status).toBe('failed');
    expect(byId.scan!.reason).toContain('reports/*.sarif');
  });

  it('ingests the SARIF a step wrote as its findings', async () => {
    const ws = await tempWorkspace();
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'demo-linter', rules: [{ id: 'R1' }] } },
          results: [
            {
              ruleId: 'R1',
              level: 'error',
              message: { text: 'bad thing' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 3 } } }],
            },
          ],
        },
      ],
    };
    const { byId } = await run(
      config({ lint: { run: `mkdir -p out && echo '${JSON.stringify(sarif)}' > out/lint.sarif`, sarif: 'out/*.sarif' } }),
      ws,
    );
    expect(byId.lint!.status).toBe('passed');
    expect(byId.lint!.findings).toHaveLength(1);
    expect(byId.lint!.findings[0]).toMatchObject({ tool: 'demo-linter', ruleId: 'R1', stepId: 'lint' });
    expect(byId.lint!.artifacts).toEqual(['out/lint.sarif']);
  });
  it('ingests the JUnit a failing test run wrote, keeping the failure', async () => {
    const ws = await tempWorkspace();
    await writeFile(
      path.join(ws, 'math.test.mjs'),
      "import test from 'node:test';\nimport assert from 'node:assert';\ntest('adds', () => assert.equal(1 + 1, 2));\ntest('subtracts', () => assert.equal(2 - 1, 0));\n",
    );
    const { byId } = await run(
      config({
        test: {
          run: ['node', '--test', '--test-reporter=junit', '--test-reporter-destination=junit.xml', 'math.test.mjs'],
          junit: 'junit.xml',
        },
      }),
      ws,
    );
    expect(byId.test).toMatchObject({ status: 'failed', exitCode: 1, artifacts: ['junit.xml'] });
    expect(byId.test!.cases.map((c) => [c.name, c.status])).toEqual([
      ['adds', 'passed'],
      ['subtracts', 'failed'],
    ]);
  });

  it('fails a passing step whose JUnit file is malformed, with the position of the problem', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(
      config({ test: { run: 'printf \'<testsuite>\\n<testcase name="a">\' > junit.xml', junit: 'junit.xml' } }),
      ws,
    );
    expect(byId.test!.status).toBe('failed');
    expect(byId.test!.reason).toMatch(/^junit\.xml:\d+/);
  });
});

describe('runPlan: cancellation', () => {
  it('stops running steps, skips the rest and still returns every result, leaving no process behind', async () => {
    const ws = await tempWorkspace();
    const controller = new AbortController();
    const progress = recordingProgress();
    const ready = new Set<string>();
    progress.onOutput = (id, line) => {
      if (line === 'ready') ready.add(id);
      if (ready.size === 2) controller.abort();
    };
    const tree = (name: string) => ({ run: ['bash', fixture('spawn-tree.sh'), path.join(ws, name)] });
    const { results, byId } = await run(
      config({ a: tree('a.pids'), b: tree('b.pids'), c: { run: 'true' }, d: { needs: ['a'], run: 'true' } }),
      ws,
      { signal: controller.signal, progress, concurrency: 2, killGraceMs: 300 },
    );
    expect(results).toHaveLength(4);
    expect(byId.a!.status).toBe('cancelled');
    expect(byId.b!.status).toBe('cancelled');
    expect(byId.c).toMatchObject({ status: 'skipped', reason: 'run cancelled' });
    expect(byId.d).toMatchObject({ status: 'skipped', reason: 'run cancelled' });
    expect([...pidsIn(path.join(ws, 'a.pids')), ...pidsIn(path.join(ws, 'b.pids'))].filter(isAlive)).toEqual([]);
  });

  it('does not retry after the run is cancelled', async () => {
    const ws = await tempWorkspace();
    const controller = new AbortController();
    const progress = recordingProgress();
    progress.onOutput = (_id, line) => {
      if (line === 'run 1') controller.abort();
    };
    const { byId } = await run(
      config({ flaky: { run: ['bash', fixture('flaky.sh'), path.join(ws, 'count'), '99'], retries: { attempts: 5, backoff: '50ms' } } }),
      ws,
      { signal: controller.signal, progress },
    );
    expect(byId.flaky!.status).toBe('cancelled');
    expect(byId.flaky!.attempts.length).toBe(1);
  });
});

describe('runPlan: logs and environment', () => {
  it('writes each step log with its stdout and stderr lines', async () => {
    const ws = await tempWorkspace();
    const ran = await run(config({ hello: { run: 'echo to-stdout; echo to-stderr >&2' } }), ws);
    expect(ran.byId.hello!.logPath).toBe('logs/hello.log');
    const log = ran.log('hello');
    expect(log).toContain('to-stdout\n');
    expect(log).toContain('to-stderr\n');
  });

  it('marks every line of its own remarks in the log, a multi-line script included', async () => {
    const ws = await tempWorkspace();
    const ran = await run(config({ two: { run: 'echo first\necho second' } }), ws);
    expect(ran.log('two')).toBe('[runlens] $ echo first\n[runlens] echo second\nfirst\nsecond\n');
  });

  it('gives the process its step env, RUNLENS_STEP and the trace context', async () => {
    const ws = await tempWorkspace();
    const attempts: Attempt[] = [];
    const ended: StepResult[] = [];
    const stepTrace: StepTrace = {
      env: { TRACEPARENT: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
      phase: (_n, fn) => fn(),
      attempt: (a) => void attempts.push(a),
      end: (r) => void ended.push(r),
    };
    const trace: RunTrace = { step: () => stepTrace, end: async () => [] };
    const ran = await run(config({ show: { run: 'echo "$RUNLENS_STEP $GREETING $TRACEPARENT"', env: { GREETING: 'hi' } } }), ws, {
      context: { trace },
    });
    expect(ran.log('show')).toContain('show hi 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    expect(attempts).toHaveLength(1);
    expect(ended.map((r) => r.status)).toEqual(['passed']);
  });

  it('masks a value a check hides in every later log line', async () => {
    const ws = await tempWorkspace();
    const masked: string[] = [];
    const leaky = defineCheck({
      kind: 'leaky',
      tool: { name: 'test-leaky' },
      category: 'other',
      description: 'prints a token after masking it',
      options: z.object({}),
      run: async (ctx) => {
        ctx.mask('s3cr3t-token');
        ctx.log('token is s3cr3t-token');
        return { findings: [] };
      },
    });
    const ran = await run(config({ leak: { uses: 'leaky' }, later: { needs: ['leak'], run: 'echo again s3cr3t-token' } }), ws, {
      checks: [leaky],
      context: { mask: (v) => void masked.push(v) },
    });
    expect(ran.log('leak')).toContain('token is ***');
    expect(ran.log('later')).toContain('again ***');
    expect(ran.log('leak') + ran.log('later')).not.toContain('s3cr3t-token');
    expect(masked).toEqual(['s3cr3t-token']);
  });
});

describe('runPlan: built-in checks', () => {
  const finding = {
    tool: 't',
    ruleId: 'r',
    title: 'r',
    message: 'm',
    severity: 'low' as const,
    category: 'other' as const,
    fingerprint: 'f',
    stepId: 'c',
  };

  it('runs a check in-process with its parsed options, logging to the step log', async () => {
    const ws = await tempWorkspace();
    const echo = defineCheck({
      kind: 'echo',
      tool: { name: 'test-echo' },
      category: 'other',
      description: 'logs its option',
      options: z.object({ word: z.string() }),
      run: async (ctx) => {
        ctx.log(`word=${ctx.options.word} cwd=${ctx.cwd}`);
        return { findings: [finding], summary: 'said it' };
      },
    });
    const ran = await run(config({ c: { uses: 'echo', with: { word: 'hello' } } }), ws, { checks: [echo] });
    expect(ran.byId.c).toMatchObject({ status: 'passed', kind: 'echo', summary: 'said it', findings: [finding] });
    expect(ran.log('c')).toContain(`word=hello cwd=${ws}`);
  });

  it('fails a check that throws a RunlensError with its message', async () => {
    const ws = await tempWorkspace();
    const picky = defineCheck({
      kind: 'picky',
      tool: { name: 'test-picky' },
      category: 'other',
      description: 'rejects its input',
      options: z.object({}),
      run: async () => {
        throw new RunlensError('golden/a.csv:3:1: not a number');
      },
    });
    const { byId } = await run(config({ c: { uses: 'picky' } }), ws, { checks: [picky] });
    expect(byId.c).toMatchObject({ status: 'failed', reason: 'golden/a.csv:3:1: not a number' });
  });

  it('fails a check that crashes, with the stack trace in the step log', async () => {
    const ws = await tempWorkspace();
    const buggy = defineCheck({
      kind: 'buggy',
      tool: { name: 'test-buggy' },
      category: 'other',
      description: 'has a bug',
      options: z.object({}),
      run: async () => {
        throw new TypeError('cannot read x of undefined');
      },
    });
    const ran = await run(config({ c: { uses: 'buggy' } }), ws, { checks: [buggy] });
    expect(ran.byId.c!.status).toBe('failed');
    expect(ran.byId.c!.reason).toContain('the buggy check crashed (cannot read x of undefined)');
    expect(ran.log('c')).toMatch(/TypeError: cannot read x of undefined\n\[runlens\]\s+at /);
  });

  it('times out a check that ignores its abort signal, abandoning it after the grace', async () => {
    const ws = await tempWorkspace();
    let sawAbort = false;
    const stuck = defineCheck({
      kind: 'stuck',
      tool: { name: 'test-stuck' },
      category: 'other',
      description: 'never finishes',
      options: z.object({}),
      run: (ctx) => {
        ctx.signal.addEventListener('abort', () => (sawAbort = true));
        return new Promise(() => undefined);
      },
    });
    const { byId } = await run(config({ c: { uses: 'stuck', timeout: '200ms' } }), ws, { checks: [stuck], killGraceMs: 100 });
    expect(byId.c).toMatchObject({ status: 'timed-out', reason: 'timed out after 200ms' });
    expect(sawAbort).toBe(true);
  });
});
