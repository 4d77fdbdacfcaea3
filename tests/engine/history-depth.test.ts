// Item 6 of issue 13: a shallow clone cut inside the PR's commits is deepened, or the run says how to fix it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChangeHistory } from '../../src/engine/history-depth.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

let tmp: string;
let origin: string;
let base: string;
let head: string;

/** A PR as GitHub checks it out: base `main`, two commits on `pr` (add a key, remove it), a merge commit. */
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'runlens-depth-'));
  origin = path.join(tmp, 'origin');
  git(tmp, 'init', '-q', origin);
  writeFileSync(path.join(origin, 'app.txt'), 'hello\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'base');
  base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'pr');
  writeFileSync(path.join(origin, 'key.txt'), 'token = "not-a-real-one"\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'add a key');
  rmSync(path.join(origin, 'key.txt'));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'remove it');
  head = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'pull-1-merge', 'main');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'merge', 'pr');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function shallowClone(name: string): string {
  const dir = path.join(tmp, name);
  git(tmp, 'clone', '-q', '--depth', '2', '--branch', 'pull-1-merge', `file://${origin}`, dir);
  return dir;
}

describe('ensureChangeHistory', () => {
  it('sees that a fetch-depth: 2 clone holds 1 of the PR’s 2 commits, and deepens it', async () => {
    const dir = shallowClone('deepen');
    expect(git(dir, 'rev-list', '--count', `${base}..${head}`)).toBe('1');
    const r = await ensureChangeHistory({ cwd: dir, base, head, expectedCommits: 2, platform: 'github' });
    expect(r.warning).toBeUndefined();
    expect(r.fetched).toMatch(/--deepen=2/);
    expect(r.commits).toBe(2);
    expect(git(dir, 'rev-list', '--count', `${base}..${head}`)).toBe('2');
  });

  it('fetches the PR head and its commits into a fetch-depth: 1 checkout (actions/checkout’s default)', async () => {
    const dir = path.join(tmp, 'depth1');
    git(tmp, 'clone', '-q', '--depth', '1', '--branch', 'pull-1-merge', `file://${origin}`, dir);
    const r = await ensureChangeHistory({ cwd: dir, base, head, expectedCommits: 2, platform: 'github' });
    expect(r.warning).toBeUndefined();
    expect(git(dir, 'rev-list', '--count', `${base}..${head}`)).toBe('2');
  });

  it('deepens until the base is reachable when the commit count is not known (GitLab)', async () => {
    const dir = shallowClone('gitlab');
    const r = await ensureChangeHistory({ cwd: dir, base, head, platform: 'gitlab' });
    expect(r.warning).toBeUndefined();
    expect(git(dir, 'rev-list', '--count', `${base}..${head}`)).toBe('2');
  });

  it('warns with the fix when the remote cannot be reached', async () => {
    const dir = shallowClone('offline');
    git(dir, 'remote', 'set-url', 'origin', `file://${path.join(tmp, 'gone')}`);
    const r = await ensureChangeHistory({ cwd: dir, base, head, expectedCommits: 2, platform: 'github' });
    expect(r.warning).toMatch(/only 1 of the change's 2 commits are in this clone/);
    expect(r.warning).toMatch(/fetch-depth: 0/);
    const gl = await ensureChangeHistory({ cwd: dir, base, head, platform: 'gitlab' });
    expect(gl.warning).toMatch(/GIT_DEPTH: 0/);
  });

  it('does nothing in a full clone', async () => {
    const dir = path.join(tmp, 'full');
    git(tmp, 'clone', '-q', '--branch', 'pull-1-merge', `file://${origin}`, dir);
    expect(await ensureChangeHistory({ cwd: dir, base, head, expectedCommits: 2, platform: 'github' })).toEqual({});
  });
});
