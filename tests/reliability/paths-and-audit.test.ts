// Issue 16, "Paths" and "Audit trail". Paths: what runlens.yml names for runlens to read or write — SARIF,
// JUnit, problem-matcher and golden files, the output directory — stays inside the workspace; `..`, absolute
// paths and symlinks pointing out are refused with a clear message (runlens.yml:line for what the file
// says; the file for a symlink found at run time), never followed. Audit trail: run.json `files` lists every
// file the run wrote, with its size and sha256 (run.json itself is not listed: it is written last).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../support/dist.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';
import { expectNoCrash, expectNoLeftovers, newMark, runCli } from './support.js';

let build: SourceBuild;
let mark: string;
beforeAll(async () => {
  build = await buildSource();
});
afterEach(async () => {
  await expectNoLeftovers(mark);
});

describe('paths that escape the workspace are refused', () => {
  it.each([
    [
      'sarif: with ..',
      `  lint: { run: "true", sarif: ../outside.sarif }`,
      /runlens\.yml:3:\d+: steps\.lint\.sarif: sarif "\.\.\/outside\.sarif" is refused: it leads out of the workspace/,
    ],
    [
      'junit: absolute',
      `  test: { run: "true", junit: /etc/passwd }`,
      /runlens\.yml:3:\d+: steps\.test\.junit: junit "\/etc\/passwd" is refused: it is an absolute path outside the workspace/,
    ],
    ['a glob under ..', `  lint: { run: "true", sarif: "../**/*.sarif" }`, /steps\.lint\.sarif: sarif "\.\.\/\*\*\/\*\.sarif" is refused/],
    [
      'problem-matcher: absolute',
      `  lint: { run: "true", problem-matcher: /tmp/matcher.json }`,
      /runlens\.yml:3:\d+: steps\.lint\.problem-matcher: .* is refused: it is an absolute path/,
    ],
    [
      'golden expected with ..',
      `  gold:\n    uses: golden\n    with:\n      cases:\n        - { actual: out/a.txt, expected: ../../etc/hosts }`,
      /runlens\.yml:7:\d+: steps\.gold\.with\.cases\.0\.expected: golden expected "\.\.\/\.\.\/etc\/hosts" is refused: it leads out of the workspace/,
    ],
    [
      'output-dir with ..',
      '  a: { run: "true" }',
      /the output directory \.\.\/elsewhere cannot be written: it leads out of the workspace .* \(output-dir, runlens\.yml:2:13\)/,
      'output-dir: ../elsewhere\n',
    ],
    [
      'cache-dir absolute',
      '  a: { run: "true", cache: true, inputs: [src/**] }',
      /runlens\.yml:2:12: cache-dir: cache-dir "\/tmp\/runlens-elsewhere" is refused: it is an absolute path outside the workspace/,
      'cache-dir: /tmp/runlens-elsewhere\n',
    ],
    [
      'cache-dir with ..',
      '  a: { run: "true" }',
      /runlens\.yml:2:12: cache-dir: cache-dir "\.\.\/cache" is refused: it leads out of the workspace/,
      'cache-dir: ../cache\n',
    ],
    [
      'semgrep sarif-output with ..',
      `  scan:\n    uses: semgrep\n    with: { config: rules, sarif-output: ../../semgrep.sarif }`,
      /runlens\.yml:5:\d+: steps\.scan\.with\.sarif-output: sarif-output "\.\.\/\.\.\/semgrep\.sarif" is refused: it leads out of the workspace/,
    ],
  ])('%s: exit 2, file:line and why, nothing runs', async (_name, steps, message, top = '') => {
    mark = newMark();
    const ws = await tempWorkspace({ 'runlens.yml': `version: 1\n${top}steps:\n${steps}\n` });
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(message);
  });

  it('a SARIF file that is a symlink out of the workspace is not read: the step fails naming it, the target never reaches a report', async () => {
    mark = newMark();
    const outside = await mkdtemp(path.join(os.tmpdir(), 'runlens-outside-'));
    const secretText = `outside-${Math.random().toString(36).slice(2)}`;
    await writeFile(
      path.join(outside, 'stolen.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: secretText } }, results: [] }] }),
    );
    const ws = await tempWorkspace({ 'runlens.yml': 'version: 1\nsteps:\n  lint: { run: "true", sarif: reports/lint.sarif }\n' });
    await mkdir(path.join(ws, 'reports'));
    await symlink(path.join(outside, 'stolen.sarif'), path.join(ws, 'reports', 'lint.sarif'));
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(1);
    const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8'));
    expect(run.steps[0].status).toBe('failed');
    expect(run.steps[0].reason).toMatch(
      /reports\/lint\.sarif: SARIF file refused: it is a symlink to .*stolen\.sarif, outside the workspace/,
    );
    for (const f of ['run.json', 'runlens.sarif', 'summary.md', 'junit.xml'])
      expect(readFileSync(path.join(ws, '.runlens', f), 'utf8')).not.toContain(secretText);
  });

  it('golden update does not write through a symlinked golden to a file outside the workspace', async () => {
    mark = newMark();
    const outside = await mkdtemp(path.join(os.tmpdir(), 'runlens-outside-'));
    await writeFile(path.join(outside, 'victim.txt'), 'keep me\n');
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
steps:
  gold:
    uses: golden
    with:
      run: mkdir -p out && echo overwritten > out/a.txt
      cases:
        - { actual: out/a.txt, expected: golden/a.txt }
`,
    });
    await mkdir(path.join(ws, 'golden'));
    await symlink(path.join(outside, 'victim.txt'), path.join(ws, 'golden', 'a.txt'));
    const ran = await runCli(build, ['golden', 'update'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toMatch(/golden\/a\.txt: golden file refused: it is a symlink to .*victim\.txt, outside the workspace/);
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('keep me\n');
  });

  it('the step cache directory as a symlink out of the workspace is refused before any step runs', async () => {
    mark = newMark();
    const outside = await mkdtemp(path.join(os.tmpdir(), 'runlens-outside-'));
    const ws = await tempWorkspace({
      'runlens.yml': 'version: 1\ncache-dir: stash\nsteps:\n  a: { run: touch ran.txt, cache: true, inputs: [src/**] }\n',
    });
    await symlink(outside, path.join(ws, 'stash'));
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/the step cache directory stash cannot be used: it is a symlink to .*, outside the workspace/);
    expect(existsSync(path.join(ws, 'ran.txt'))).toBe(false);
  });

  it('the output directory as a symlink out of the workspace is refused before any step runs', async () => {
    mark = newMark();
    const outside = await mkdtemp(path.join(os.tmpdir(), 'runlens-outside-'));
    const ws = await tempWorkspace({ 'runlens.yml': 'version: 1\nsteps:\n  a: { run: touch ran.txt }\n' });
    await symlink(outside, path.join(ws, '.runlens'));
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/the output directory \.runlens cannot be written: it is a symlink to .*, outside the workspace/);
    expect(existsSync(path.join(ws, 'ran.txt'))).toBe(false);
  });
});

describe('the audit trail of golden update (no run.json): printed and written to golden-update.json', () => {
  it('lists every golden written with its size and sha256, on stdout and in <output-dir>/golden-update.json', async () => {
    mark = newMark();
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
output-dir: out/reports
steps:
  gold:
    uses: golden
    with:
      run: mkdir -p out && printf 'new a\\n' > out/a.txt && printf 'b\\n' > out/b.txt && printf 'c\\n' > out/c.txt
      cases:
        - { actual: out/a.txt, expected: golden/a.txt }
        - { actual: out/b.txt, expected: golden/b.txt }
        - { actual: out/c.txt, expected: golden/c.txt }
`,
      'golden/a.txt': 'old a\n',
      'golden/b.txt': 'b\n',
    });
    const ran = await runCli(build, ['golden', 'update'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
    const sha = (rel: string) =>
      createHash('sha256')
        .update(readFileSync(path.join(ws, rel)))
        .digest('hex');
    // a rewritten, c created, b unchanged (not written, not listed).
    for (const [rel, bytes] of [
      ['golden/a.txt', 6],
      ['golden/c.txt', 2],
    ] as const)
      expect(ran.stdout).toContain(`wrote      ${rel} (${bytes} bytes, sha256 ${sha(rel)})`);
    expect(ran.stdout).toContain('golden update: the files written are listed in out/reports/golden-update.json');
    const audit = JSON.parse(readFileSync(path.join(ws, 'out', 'reports', 'golden-update.json'), 'utf8'));
    expect(audit).toMatchObject({ version: 1, command: 'golden update' });
    expect(audit.files).toEqual([
      { path: 'golden/a.txt', bytes: 6, sha256: sha('golden/a.txt') },
      { path: 'golden/c.txt', bytes: 2, sha256: sha('golden/c.txt') },
    ]);
    expect(audit.steps[0]).toMatchObject({ step: 'gold', unchanged: ['golden/b.txt'] });
  });

  it('refuses an output-dir leading out of the workspace before touching any golden', async () => {
    mark = newMark();
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
output-dir: ../reports
steps:
  gold:
    uses: golden
    with:
      run: mkdir -p out && echo new > out/a.txt
      cases:
        - { actual: out/a.txt, expected: golden/a.txt }
`,
      'golden/a.txt': 'old\n',
    });
    const ran = await runCli(build, ['golden', 'update'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /the output directory \.\.\/reports cannot be written: it leads out of the workspace .*\(output-dir, runlens\.yml:2:13\)/,
    );
    expect(readFileSync(path.join(ws, 'golden', 'a.txt'), 'utf8')).toBe('old\n');
  });
});

describe('the audit trail: run.json lists every file the run wrote', () => {
  it('reports, logs, step outputs, the trace and cache entries, with sizes and sha256 that match the files', async () => {
    mark = newMark();
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
steps:
  build: { run: "echo built; echo version=1 >> $RUNLENS_OUTPUT", cache: true, inputs: [golden/**] }
  gold:
    uses: golden
    with:
      run: mkdir -p out && echo 2 > out/a.txt
      cases:
        - { actual: out/a.txt, expected: golden/a.txt }
`,
      'golden/a.txt': '1\n',
    });
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(1); // the golden case differs
    const run = JSON.parse(readFileSync(path.join(ws, '.runlens', 'run.json'), 'utf8'));
    const files = run.files as Array<{ path: string; bytes: number; sha256: string }>;
    const listed = files.map((f) => f.path);
    for (const p of [
      '.runlens/runlens.sarif',
      '.runlens/summary.md',
      '.runlens/junit.xml',
      '.runlens/trace.jsonl',
      '.runlens/logs/build.log',
      '.runlens/logs/gold.log',
      '.runlens/outputs/build',
    ])
      expect(listed).toContain(p);
    // The step cache entry (cache: true) is listed too.
    expect(listed.some((p) => p.startsWith('.runlens/cache/'))).toBe(true);
    // run.json holds the list: it cannot list itself.
    expect(listed).not.toContain('.runlens/run.json');
    for (const f of files) {
      const bytes = readFileSync(path.join(ws, f.path));
      expect({ path: f.path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual(f);
    }
  });
});
