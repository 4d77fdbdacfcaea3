import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectPlatform, wantsColor } from '../../src/platform/detect.js';
import { githubInfo } from '../../src/platform/github.js';
import { gitlabInfo, gitlabPlatform } from '../../src/platform/gitlab.js';
import { RUNLENS_VERSION } from '../../src/base/version.js';
import { repoRoot } from '../support/dist.js';

describe('platform detection', () => {
  it('knows GitHub, GitLab and a laptop apart', async () => {
    const cwd = os.tmpdir();
    expect((await detectPlatform({ GITHUB_ACTIONS: 'true' }, cwd)).info.kind).toBe('github');
    expect((await detectPlatform({ GITLAB_CI: 'true' }, cwd)).info.kind).toBe('gitlab');
    expect((await detectPlatform({}, cwd)).info.kind).toBe('local');
  });

  it('takes the PR head, base and number from the GitHub event payload', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-event-'));
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 17, base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } } }));
    const info = githubInfo({
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: 'm'.repeat(40),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '9',
      GITHUB_RUN_ATTEMPT: '2',
    });
    expect(info).toMatchObject({
      sha: 'h'.repeat(40),
      baseSha: 'b'.repeat(40),
      changeId: '17',
      runUrl: 'https://github.com/acme/shop/actions/runs/9/attempts/2',
    });
  });

  it('takes the MR base and iid from GitLab variables', () => {
    const info = gitlabInfo({
      CI_MERGE_REQUEST_DIFF_BASE_SHA: 'abc',
      CI_MERGE_REQUEST_IID: '5',
      CI_COMMIT_SHA: 'def',
      CI_PIPELINE_URL: 'https://gitlab.example/p/-/pipelines/1',
    });
    expect(info).toMatchObject({
      kind: 'gitlab',
      baseSha: 'abc',
      changeId: '5',
      sha: 'def',
      runUrl: 'https://gitlab.example/p/-/pipelines/1',
    });
  });

  it('folds GitLab log sections with matching start and end markers', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const p = gitlabPlatform({}, out);
    p.startGroup('build — passed');
    p.endGroup();
    expect(text).toMatch(/\u001b\[0Ksection_start:\d+:runlens_1\[collapsed=true\]\r\u001b\[0Kbuild — passed\n/);
    expect(text).toMatch(/\u001b\[0Ksection_end:\d+:runlens_1\r\u001b\[0K\n/);
  });

  it('uses colour only on a terminal unless NO_COLOR or FORCE_COLOR say otherwise', () => {
    expect(wantsColor({}, { isTTY: true })).toBe(true);
    expect(wantsColor({}, { isTTY: false })).toBe(false);
    expect(wantsColor({ NO_COLOR: '1' }, { isTTY: true })).toBe(false);
    expect(wantsColor({ FORCE_COLOR: '1' }, { isTTY: false })).toBe(true);
  });

  it('reports the version package.json declares', () => {
    expect(RUNLENS_VERSION).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });
});

describe('reading HEAD without running git', () => {
  it('agrees with git rev-parse on a branch, after packing refs, and detached', async () => {
    const { execFileSync } = await import('node:child_process');
    const { readGitHead } = await import('../../src/platform/local.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runlens-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'trunk');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'one');
    const sha = git('rev-parse', 'HEAD');
    mkdirSync(path.join(dir, 'sub'));
    expect(readGitHead(path.join(dir, 'sub'))).toEqual({ ref: 'trunk', sha });
    git('pack-refs', '--all');
    expect(readGitHead(dir)).toEqual({ ref: 'trunk', sha });
    git('checkout', '-q', '--detach');
    expect(readGitHead(dir)).toEqual({ ref: 'HEAD', sha });
  });
});
