// The CLI as users run it: the committed dist/cli.js, a real workspace, real processes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distCli, isAlive, requireDist, runNode, tempWorkspace } from '../support/dist.js';

const pipeline = `version: 1
steps:
  build: { run: echo built }
  test: { needs: build, run: echo tested }
  docs: { run: echo docs }
  package: { needs: [test, docs], run: echo packaged }
`;

const cli = (args: string[], cwd: string, env: Record<string, string> = {}) => runNode(distCli, args, { cwd, env });

describe('runlens CLI', () => {
  beforeAll(() => requireDist(distCli));

  it.each([[[]], [['run']], [['validate']], [['plan']], [['schema']], [['doctor']], [['golden', 'update']], [['trace', 'show']]])(
    'prints help for %j',
    async (cmd) => {
      const ws = await tempWorkspace({});
      const ran = await cli([...cmd, '--help'], ws);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toMatch(/Usage: runlens/);
    },
  );

  it('exits 2 on an unknown command and suggests the right one', async () => {
    const ws = await tempWorkspace({});
    const ran = await cli(['rn'], ws);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/run/);
  });

  it('validates a good config and names its size', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await cli(['validate'], ws);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/runlens\.yml is valid: 4 steps in 3 levels/);
  });

  it('rejects a cycle, naming it', async () => {
    const ws = await tempWorkspace({
      'runlens.yml': 'version: 1\nsteps:\n  a: { needs: c, run: "true" }\n  b: { needs: a, run: "true" }\n  c: { needs: b, run: "true" }\n',
    });
    const ran = await cli(['validate'], ws);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/cycle/i);
    // a needs c, c needs b, b needs a.
    expect(ran.stderr).toMatch(/a → c → b → a|c → b → a → c|b → a → c → b/);
  });

  it('prints the plan level by level', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await cli(['plan'], ws);
    expect(ran.code).toBe(0);
    const out = ran.stdout;
    expect(out.indexOf('build')).toBeLessThan(out.indexOf('test'));
    expect(out.indexOf('test')).toBeLessThan(out.indexOf('package'));
  });

  it('runs nothing on --dry-run', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await cli(['run', '--dry-run'], ws);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/package/);
    expect(existsSync(path.join(ws, '.runlens', 'run.json'))).toBe(false);
  });

  it('runs the named steps and what they need, and nothing else', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await cli(['run', 'test'], ws);
    expect(ran.code).toBe(0);
    const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8'));
    expect(run.steps.map((s: { id: string }) => s.id).sort()).toEqual(['build', 'test']);
    expect(readFileSync(path.join(ws, '.runlens', 'logs', 'test.log'), 'utf8')).toContain('tested');
  });

  it('prints the JSON Schema of runlens.yml', async () => {
    const ws = await tempWorkspace({});
    const ran = await cli(['schema'], ws);
    const schema = JSON.parse(ran.stdout);
    expect(schema.properties.steps).toBeDefined();
  });

  it('doctor reports node, git, config and the output dir', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': pipeline });
    const ran = await cli(['doctor'], ws);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/✓ node/);
    expect(ran.stdout).toMatch(/✓ git/);
    expect(ran.stdout).toMatch(/✓ config .*4 steps/);
    expect(ran.stdout).toMatch(/✓ output dir/);
  });

  it('doctor fails on a broken config and says where', async () => {
    const ws = await tempWorkspace({ 'runlens.yml': 'version: 2\nsteps: {}\n' });
    const ran = await cli(['doctor'], ws);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/✗ config .*runlens\.yml:1:10/);
  });

  it('fails on golden drift, then `golden update` rewrites the golden and the next run passes', async () => {
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1\nsteps:\n  sim:\n    uses: golden\n    with:\n      run: printf 't,v\\n0,1.0\\n1,2.5\\n' > out.csv\n      cases: [{ actual: out.csv, expected: golden/out.csv, tolerance: { abs: 0.01 } }]\n`,
      'golden/out.csv': 't,v\n0,1.0\n1,2.0\n',
    });
    const first = await cli(['run'], ws);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/findings: 1 \(0 critical, 1 high/);
    const update = await cli(['golden', 'update'], ws);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/1 golden file written/);
    expect(readFileSync(path.join(ws, 'golden', 'out.csv'), 'utf8')).toBe('t,v\n0,1.0\n1,2.5\n');
    const second = await cli(['run'], ws);
    expect(second.code).toBe(0);
  });

  it('on SIGTERM stops every child and still writes complete reports marked cancelled', async () => {
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1\nkill-grace: 2s\nsteps:\n  quick: { run: echo quick }\n  slow:\n    run: "sleep 300 & echo $! > grandchild.pid; echo started; wait"\n  after: { needs: slow, run: echo never }\n`,
    });
    let sent = false;
    const ran = await runNode(distCli, ['run'], {
      cwd: ws,
      env: {},
      onStart: (kill) => {
        const poll = setInterval(() => {
          if (existsSync(path.join(ws, 'grandchild.pid'))) {
            clearInterval(poll);
            sent = true;
            kill('SIGTERM');
          }
        }, 50);
      },
    });
    expect(sent).toBe(true);
    expect(ran.code).toBe(1);
    const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8'));
    expect(run.status).toBe('cancelled');
    const byId = Object.fromEntries(run.steps.map((s: { id: string; status: string }) => [s.id, s.status]));
    expect(byId.slow).toBe('cancelled');
    expect(byId.after).toBe('skipped');
    for (const f of ['runlens.sarif', 'summary.md', 'junit.xml']) expect(existsSync(path.join(ws, '.runlens', f))).toBe(true);
    const grandchild = Number(readFileSync(path.join(ws, 'grandchild.pid'), 'utf8'));
    expect(isAlive(grandchild)).toBe(false);
  });
});
