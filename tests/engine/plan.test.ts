import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan, formatPlan } from '../../src/engine/plan.js';
import { ConfigError, UsageError } from '../../src/base/errors.js';
import { config } from '../support/engine.js';

const diamond = config({
  lint: { run: 'npm run lint' },
  build: { run: 'npm run build' },
  test: { needs: ['build'], run: ['npm', 'test'] },
  e2e: { needs: ['build', 'lint'], run: 'npm run e2e' },
  publish: { needs: ['test', 'e2e'], run: 'npm publish' },
});

function planError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('buildPlan', () => {
  it('layers steps by what they need, level 0 needing nothing', () => {
    expect(buildPlan(diamond).levels).toEqual([['lint', 'build'], ['test', 'e2e'], ['publish']]);
  });

  it('orders steps topologically, keeping file order within a level', () => {
    expect(buildPlan(diamond).steps.map((s) => s.id)).toEqual(['lint', 'build', 'test', 'e2e', 'publish']);
  });

  it('resolves timeout, retries and shell over the defaults', () => {
    const plan = buildPlan(
      config(
        {
          a: { run: 'true' },
          b: { run: 'true', timeout: '10m', retries: { attempts: 2, backoff: '5s' } },
        },
        { defaults: { timeout: '1h', retries: 1, shell: 'sh' } },
      ),
    );
    const [a, b] = plan.steps;
    expect(a).toMatchObject({ timeoutMs: 3_600_000, retries: { attempts: 1, backoffMs: 1000 }, shell: 'sh' });
    expect(b).toMatchObject({ timeoutMs: 600_000, retries: { attempts: 2, backoffMs: 5000 } });
  });

  it('makes the working directory absolute against the workspace', () => {
    const plan = buildPlan(config({ a: { run: 'true', 'working-directory': 'packages/api' } }), { workspace: '/repo' });
    expect(plan.steps[0]!.cwd).toBe(path.resolve('/repo/packages/api'));
  });

  it('keeps a list command as argv and a string as a shell script', () => {
    const plan = buildPlan(diamond);
    expect(plan.steps.find((s) => s.id === 'test')!.command).toEqual(['npm', 'test']);
    expect(plan.steps.find((s) => s.id === 'lint')!.command).toBe('npm run lint');
  });

  it('gives a uses step its check kind', () => {
    const plan = buildPlan(config({ scan: { uses: 'sarif', with: { files: 'x.sarif' } } }));
    expect(plan.steps[0]).toMatchObject({ kind: 'sarif', options: { files: 'x.sarif' } });
  });

  it('names a cycle in order, back to where it started', () => {
    const err = planError(() =>
      buildPlan(config({ a: { needs: ['c'], run: 'true' }, b: { needs: ['a'], run: 'true' }, c: { needs: ['b'], run: 'true' } })),
    );
    expect(err.message).toContain('a → c → b → a');
  });

  it('positions a cycle with the locate function', () => {
    const err = planError(() =>
      buildPlan(config({ a: { needs: ['b'], run: 'true' }, b: { needs: ['a'], run: 'true' } }), {
        locate: (p) => ({ file: 'runlens.yml', line: p.length * 10, column: 3 }),
      }),
    );
    expect(err.issues[0]).toMatchObject({ file: 'runlens.yml', line: 30, column: 3, path: 'steps.a.needs' });
  });

  it('rejects a step that needs itself', () => {
    const err = planError(() => buildPlan(config({ a: { needs: ['a'], run: 'true' } })));
    expect(err.message).toContain('step "a" needs itself');
  });

  it('suggests the closest step for an unknown need', () => {
    const err = planError(() => buildPlan(config({ build: { run: 'true' }, test: { needs: ['biuld'], run: 'true' } })));
    expect(err.issues[0]).toMatchObject({ path: 'steps.test.needs.0', suggestion: 'build' });
    expect(err.message).toContain('did you mean "build"?');
  });
});

describe('buildPlan with only', () => {
  it('selects the named steps and everything they need, transitively', () => {
    const plan = buildPlan(diamond, { only: ['e2e'] });
    expect(plan.steps.map((s) => s.id)).toEqual(['lint', 'build', 'e2e']);
    expect(plan.levels).toEqual([['lint', 'build'], ['e2e']]);
  });

  it('leaves out steps that only depend on the selection', () => {
    expect(buildPlan(diamond, { only: ['build'] }).steps.map((s) => s.id)).toEqual(['build']);
  });

  it('rejects an unknown step name as a usage error with a suggestion', () => {
    expect(() => buildPlan(diamond, { only: ['tset'] })).toThrow(UsageError);
    expect(() => buildPlan(diamond, { only: ['tset'] })).toThrow('there is no step "tset" (did you mean "test"?)');
  });
});

describe('formatPlan', () => {
  it('prints each level with its steps, commands, timeouts and retries', () => {
    const text = formatPlan(
      buildPlan(
        config({
          build: { run: 'npm ci' },
          test: { needs: ['build'], run: ['npm', 'test'], timeout: '10m', retries: { attempts: 2, backoff: '5s' } },
        }),
      ),
    );
    expect(text).toContain('level 0');
    expect(text).toContain('build  run: npm ci');
    expect(text).toContain('test   run: ["npm", "test"]');
    expect(text).toContain('timeout 10m00s · 2 retries (backoff 5.00s) · needs build');
    expect(text.indexOf('level 1')).toBeGreaterThan(text.indexOf('build'));
  });
});
