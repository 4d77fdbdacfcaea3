// `resources:` on real processes. This suite runs wherever the tests run: with a delegated cgroup v2 the
// limits are the cgroup's, otherwise rlimits (prlimit); each test accepts either and checks that the step
// log says which.
import { afterAll, describe, expect, it } from 'vitest';
import { config, removeTempWorkspaces, run, tempWorkspace } from '../support/engine.js';
import { detectCgroupV2 } from '../../src/engine/resources.js';
import { configSchema } from '../../src/config/schema.js';

afterAll(removeTempWorkspaces);

const ALLOCATE = (mb: number): string[] => [
  'python3',
  '-c',
  `b = bytearray(${mb} * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\nprint("allocated")`,
];

describe('resources', () => {
  it('detects whether steps can get a cgroup v2, and says why not', async () => {
    const support = await detectCgroupV2();
    if ('unavailable' in support) expect(support.unavailable).toMatch(/cgroup|Linux/);
    else expect(support.dir).toMatch(/^\/sys\/fs\/cgroup/);
  });

  it('stops a step that allocates past its memory limit, saying it was the memory, and lets one under it pass', async () => {
    const ws = await tempWorkspace();
    const { byId, log } = await run(
      config({
        big: { run: ALLOCATE(400), resources: { memory: '200MB' } },
        small: { run: ALLOCATE(20), resources: { memory: '200MB' } },
      }),
      ws,
    );
    expect(byId.big!.status).toBe('failed');
    expect(byId.big!.reason).toMatch(/killed: exceeded memory limit 200 MB|memory was limited to 200 MB of address space \(RLIMIT_AS\)/);
    expect(log('big')).toMatch(
      /resources: (enforced by cgroup v2 .*memory 200 MB|no cgroup v2 \(.+\); using rlimits instead; memory 200 MB)/,
    );
    expect(byId.small!.status).toBe('passed');
    expect(log('small')).toContain('allocated');
  });

  it('says what it cannot enforce without a cgroup (cpus, and pids for root)', async () => {
    const ws = await tempWorkspace();
    const { byId, log } = await run(config({ s: { run: 'true', resources: { cpus: 0.5, pids: 64 } } }), ws);
    expect(byId.s!.status).toBe('passed');
    const support = await detectCgroupV2();
    if ('unavailable' in support) {
      expect(log('s')).toContain('cpus 0.5: not enforced without a cgroup');
      expect(log('s')).toMatch(process.getuid?.() === 0 ? /pids 64: not enforced \(root is exempt/ : /pids 64 as RLIMIT_NPROC/);
    } else {
      expect(log('s')).toContain('cpus 0.5, pids 64');
    }
  });

  it('reads sizes and rejects what is not one', () => {
    const parse = (memory: unknown): unknown =>
      configSchema.safeParse({ version: 1, steps: { a: { run: 'true', resources: { memory } } } });
    const ok = (memory: unknown): number =>
      configSchema.parse({ version: 1, steps: { a: { run: 'true', resources: { memory } } } }).steps.a!.resources!.memory as number;
    expect(ok('2GB')).toBe(2e9);
    expect(ok('512MiB')).toBe(512 * 2 ** 20);
    expect(ok('1.5 gb')).toBe(1.5e9);
    expect(ok(1024)).toBe(1024);
    expect((parse('lots') as { error: { issues: { message: string }[] } }).error.issues[0]!.message).toBe(
      '"lots" is not a size; write e.g. 512MB, 2GB or 1.5GiB',
    );
    expect(JSON.stringify(configSchema.safeParse({ version: 1, steps: { a: { uses: 'secrets', resources: { pids: 3 } } } }))).toContain(
      '`resources` limits the processes of a `run` step',
    );
  });
});
