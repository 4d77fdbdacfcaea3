// Step outputs ($RUNLENS_OUTPUT), `${{ … }}` env values, `if:` conditions and matrices, with real processes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCheck } from '../../src/checks/check.js';
import { ConfigError } from '../../src/base/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { buildPlan, formatPlan } from '../../src/engine/plan.js';
import { parseOutputs } from '../../src/engine/conditions.js';
import { config, removeTempWorkspaces, run, tempWorkspace } from '../support/engine.js';

afterAll(removeTempWorkspaces);

// A realistic GitHub token shape (not a real token), which the secret rules recognise.
const TOKEN = 'ghp_' + 'R7kq2Xv9LmWp4TzN8bYc3HdJ6sFa1QeU0gVo';

describe('step outputs', () => {
  it('parses name=value lines and the heredoc form', () => {
    expect(parseOutputs('a=1\nb=x=y\n\nnotes<<EOF\nline 1\nline 2\nEOF\nc=\n')).toEqual({
      outputs: { a: '1', b: 'x=y', notes: 'line 1\nline 2', c: '' },
      problems: [],
    });
    expect(parseOutputs('just text\nm<<END\nno end').problems).toEqual([
      'line 1 is neither name=value nor name<<DELIMITER',
      'output "m": no closing line "END"',
    ]);
  });

  it('passes single and multi-line outputs to later steps through env, never through shell text', async () => {
    const ws = await tempWorkspace();
    const { byId, log } = await run(
      config({
        build: {
          run: 'echo "version=1.2.3" >> "$RUNLENS_OUTPUT"; printf \'notes<<EOF\\nfirst line\\n$(touch pwned) second\\nEOF\\n\' >> "$RUNLENS_OUTPUT"',
        },
        use: {
          needs: ['build'],
          env: { VERSION: 'v${{ steps.build.outputs.version }}', NOTES: '${{ steps.build.outputs.notes }}' },
          run: 'echo "got $VERSION"; printf "%s\\n" "$NOTES"',
        },
      }),
      ws,
    );
    expect(byId.build).toMatchObject({ status: 'passed', outputs: { version: '1.2.3', notes: 'first line\n$(touch pwned) second' } });
    expect(byId.use!.status).toBe('passed');
    expect(log('use')).toContain('got v1.2.3');
    expect(log('use')).toContain('first line\n$(touch pwned) second');
    expect(await readdir(ws)).not.toContain('pwned');
  });

  it('masks a secret written as an output, in run.json, logs and the platform, while later steps still get it', async () => {
    const ws = await tempWorkspace();
    const masked: string[] = [];
    const { byId, log } = await run(
      config({
        mint: { run: `echo "token=${TOKEN.slice(0, 10)}""${TOKEN.slice(10)}" >> "$RUNLENS_OUTPUT"; echo "version=2" >> "$RUNLENS_OUTPUT"` },
        use: {
          needs: ['mint'],
          env: { T: '${{ steps.mint.outputs.token }}' },
          run: `[ "$T" = "${TOKEN.slice(0, 10)}""${TOKEN.slice(10)}" ] && echo "same token: $T"`,
        },
      }),
      ws,
      { context: { mask: (v) => void masked.push(v) } },
    );
    expect(byId.use!.status).toBe('passed');
    expect(JSON.stringify(byId)).not.toContain(TOKEN);
    expect(byId.mint!.outputs!.version).toBe('2');
    expect(byId.mint!.outputs!.token).not.toBe(TOKEN);
    expect(log('use')).toContain('same token:');
    expect(log('use')).not.toContain(TOKEN);
    expect(masked).toContain(TOKEN);
  });

  it('a built-in check exposes its counts as outputs', async () => {
    const ws = await tempWorkspace();
    const counter = defineCheck({
      kind: 'counter',
      tool: { name: 'test-counter' },
      category: 'other',
      description: 'reports no findings',
      options: z.object({}),
      run: async () => ({ findings: [] }),
    });
    const { byId } = await run(
      config({
        scan: { uses: 'counter' },
        report: { needs: ['scan'], if: "steps.scan.outputs.findings == 0 && steps.scan.outputs.tests == '0'", run: 'true' },
      }),
      ws,
      { checks: [counter] },
    );
    expect(byId.scan!.outputs).toEqual({ findings: '0', tests: '0', 'failed-tests': '0' });
    expect(byId.report!.status).toBe('passed');
  });
});

describe('if: conditions', () => {
  it('skips a step whose condition is false, with the reason, and cascades as a skip', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(
      config({
        build: { run: 'echo "kind=lib" >> "$RUNLENS_OUTPUT"' },
        app: { needs: ['build'], if: "steps.build.outputs.kind == 'app'", run: 'true' },
        lib: { needs: ['build'], if: "steps.build.outputs.kind == 'lib' && env.FLAG != 'off'", run: 'true' },
        deploy: { needs: ['app'], run: 'true' },
      }),
      ws,
      { env: { ...process.env, FLAG: 'on' } },
    );
    expect(byId.app).toMatchObject({ status: 'skipped', reason: "condition is false: if: steps.build.outputs.kind == 'app'" });
    expect(byId.lib!.status).toBe('passed');
    expect(byId.deploy).toMatchObject({ status: 'skipped', reason: 'needs app, which was skipped' });
  });

  it('failure() runs after a failed need, always() runs regardless, an implicit success() does not', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(
      config({
        test: { run: 'exit 2' },
        notify: { needs: ['test'], if: 'failure()', run: 'echo notified' },
        cleanup: { needs: ['test'], if: 'always()', run: 'true' },
        status: { needs: ['test'], if: "always() && steps.test.status == 'failed'", run: 'true' },
        plain: { needs: ['test'], if: 'true', run: 'true' },
        happy: { needs: ['test'], if: 'success()', run: 'true' },
      }),
      ws,
    );
    expect(byId.notify!.status).toBe('passed');
    expect(byId.cleanup!.status).toBe('passed');
    expect(byId.status!.status).toBe('passed');
    expect(byId.plain).toMatchObject({ status: 'skipped', reason: 'needs test, which failed' });
    expect(byId.happy).toMatchObject({ status: 'skipped', reason: 'condition is false: if: success()' });
  });

  it('reads platform facts and changed() (true when the change set is unknown)', async () => {
    const ws = await tempWorkspace();
    const { byId } = await run(
      config({
        gh: { if: "platform.kind == 'github'", run: 'true' },
        local: { if: "platform.kind == 'local' && platform.event == 'local' && changed('src/**')", run: 'true' },
        push: { if: "platform.event == 'push' && startsWith(platform.branch, 'main')", run: 'true' },
      }),
      ws,
      { env: { PATH: process.env.PATH } },
    );
    expect(byId.gh!.status).toBe('skipped');
    expect(byId.local!.status).toBe('passed');
    expect(byId.push!.status).toBe('skipped');
    const onPush = await run(config({ push: { if: "platform.event == 'push' && startsWith(platform.branch, 'main')", run: 'true' } }), ws, {
      env: { PATH: process.env.PATH, GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main' },
    });
    expect(onPush.byId.push!.status).toBe('passed');
  });

  it('changed() reads the files changed since the base, from git', async () => {
    const ws = await tempWorkspace();
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    await writeFile(path.join(ws, 'README.md'), 'hi\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    await mkdir(path.join(ws, 'src'));
    await writeFile(path.join(ws, 'src', 'a.ts'), 'x\n');
    git('add', '.');
    git('commit', '-qm', 'change');
    const { byId } = await run(
      config({
        code: { if: "changed('src/**')", run: 'true' },
        docs: { if: "changed('docs/**', '*.md')", run: 'true' },
      }),
      ws,
      { context: { platform: { kind: 'github', baseSha: base } } },
    );
    expect(byId.code!.status).toBe('passed');
    expect(byId.docs).toMatchObject({ status: 'skipped', reason: "condition is false: if: changed('docs/**', '*.md')" });
  });

  it('rejects mistakes at plan (validate) time with file:line:col', async () => {
    const ws = await tempWorkspace();
    await writeFile(
      path.join(ws, 'runlens.yml'),
      [
        'version: 1',
        'steps:',
        '  build:',
        '    run: "true"',
        '  test:',
        '    needs: [build]',
        "    if: steps.build.outputs.v = '1'",
        '    env:',
        '      A: ${{ steps.nope.outputs.x }}',
        '  other:',
        "    if: steps.build.status == 'passed'",
        '    run: "true"',
        '    env:',
        '      B: ${{ env.X',
        '',
      ].join('\n'),
    );
    // `test` has no run: fix that first so only the expressions are wrong.
    const text = readFileSync(path.join(ws, 'runlens.yml'), 'utf8').replace(
      '    needs: [build]\n',
      '    needs: [build]\n    run: "true"\n',
    );
    await writeFile(path.join(ws, 'runlens.yml'), text);
    const loaded = await loadConfig({ cwd: ws, env: {} });
    let error: unknown;
    try {
      buildPlan(loaded.config, { locate: loaded.locate, workspace: ws });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/runlens\.yml:8:9: steps\.test\.if: "=" is not an operator; write == \(at character 23/);
    expect(message).toMatch(/runlens\.yml:10:\d+: steps\.test\.env\.A: steps\.nope: there is no step "nope"/);
    expect(message).toMatch(/runlens\.yml:12:\d+: steps\.other\.if: reads steps\.build, but step "other" does not need "build"/);
    expect(message).toMatch(/runlens\.yml:15:\d+: steps\.other\.env\.B: "\$\{\{" without a closing "\}\}"/);
  });
});

describe('matrix', () => {
  it('expands combinations with include/exclude, names them, and needs: waits for all', async () => {
    const ws = await tempWorkspace();
    const cfg = config({
      test: {
        matrix: {
          python: ['3.11', '3.12'],
          'os-lib': ['a', 'b'],
          exclude: [{ python: '3.11', 'os-lib': 'b' }],
          include: [{ python: '3.13', 'os-lib': 'c' }],
        } as never,
        env: { LABEL: 'py${{ matrix.python }}' },
        run: 'echo "$MATRIX_PYTHON $MATRIX_OS_LIB $LABEL"',
      },
      after: { needs: ['test'], run: 'true' },
    });
    const { results, plan, log } = await run(cfg, ws, { concurrency: 4 });
    const ids = [
      'test (python=3.11, os-lib=a)',
      'test (python=3.12, os-lib=a)',
      'test (python=3.12, os-lib=b)',
      'test (python=3.13, os-lib=c)',
    ];
    expect(results.map((r) => r.id)).toEqual([...ids, 'after']);
    expect(results.every((r) => r.status === 'passed')).toBe(true);
    expect(plan.steps.find((s) => s.id === 'after')!.needs).toEqual(ids);
    expect(formatPlan(plan)).toContain('test (python=3.13, os-lib=c)');
    expect(log('test_python=3.12,_os-lib=b')).toContain('3.12 b py3.12');
  });

  it('a matrix of 6 with max-parallel 2 never runs more than 2 at once', async () => {
    const ws = await tempWorkspace();
    const stamps = path.join(ws, 'stamps');
    const { results } = await run(
      config({
        test: {
          matrix: { a: ['1', '2', '3'], b: ['x', 'y'], 'max-parallel': 2 } as never,
          run: `echo "start $(date +%s%N) $MATRIX_A$MATRIX_B" >> ${stamps}; sleep 0.3; echo "end $(date +%s%N) $MATRIX_A$MATRIX_B" >> ${stamps}`,
        },
      }),
      ws,
      { concurrency: 6 },
    );
    expect(results).toHaveLength(6);
    expect(results.every((r) => r.status === 'passed')).toBe(true);
    const events = readFileSync(stamps, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '))
      .map(([kind, t]) => ({ kind, t: BigInt(t!) }))
      .sort((x, y) => (x.t < y.t ? -1 : x.t > y.t ? 1 : x.kind === 'end' ? -1 : 1));
    let now = 0;
    let peak = 0;
    for (const e of events) {
      now += e.kind === 'start' ? 1 : -1;
      peak = Math.max(peak, now);
    }
    expect(events).toHaveLength(12);
    expect(peak).toBe(2);
  });

  it('rejects reading a matrix step through steps.<id>', async () => {
    expect(() =>
      buildPlan(
        config({ m: { matrix: { x: ['1', '2'] }, run: 'true' }, n: { needs: ['m'], if: "steps.m.status == 'passed'", run: 'true' } }),
      ),
    ).toThrow(/a matrix step: each combination has its own status and outputs/);
  });
});
