import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertGithubComment } from '../../src/platform/github-comment.js';
import { upsertGitlabNote } from '../../src/platform/gitlab-note.js';
import { commentMarker, renderComment } from '../../src/report/comment.js';
import { GITLAB_TOKEN_USER, startFakeForge, type FakeForge } from '../support/fake-forge.js';
import { findings, run as runResult, step } from '../support/run-result.js';

let forge: FakeForge;
beforeEach(async () => {
  forge = await startFakeForge({ token: 's3cr3t-token', pageSize: 100 });
});
afterEach(() => forge.close());

describe('the sticky PR/MR comment', () => {
  it('creates one GitHub comment, then updates it in place on the next run', async () => {
    const target = { token: 's3cr3t-token', repository: 'acme/shop', pullNumber: 7, apiUrl: forge.url };
    forge.threads.set(
      '7',
      Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `someone else's comment ${i}` })),
    );
    const marker = '<!-- runlens:comment:shop -->';
    await upsertGithubComment(target, `${marker}\nfirst`, marker);
    await upsertGithubComment(target, `${marker}\nsecond`, marker);
    const ours = forge.threads.get('7')!.filter((c) => c.body.includes(marker));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('second');
    expect(forge.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('creates one GitLab MR note, then updates it in place', async () => {
    const target = { token: 's3cr3t-token', apiUrl: `${forge.url}/api/v4`, projectId: 'acme/shop', mergeRequestIid: '3' };
    const marker = '<!-- runlens:comment:shop -->';
    await upsertGitlabNote(target, `${marker}\none`, marker);
    await upsertGitlabNote(target, `${marker}\ntwo`, marker);
    expect(forge.threads.get('mr3')).toEqual([{ id: expect.any(Number), body: `${marker}\ntwo`, author: GITLAB_TOKEN_USER }]);
    expect(forge.requests.every((r) => r.auth === 's3cr3t-token')).toBe(true);
  });

  it("never edits a GitLab note someone else wrote, even one carrying runlens's marker", async () => {
    const target = { token: 's3cr3t-token', apiUrl: `${forge.url}/api/v4`, projectId: '42', mergeRequestIid: '4' };
    const marker = '<!-- runlens:comment:shop -->';
    const quoted = {
      id: 1,
      body: `> ${marker}\n> old summary\nWhy is this failing?`,
      author: { id: GITLAB_TOKEN_USER.id + 1, username: 'reviewer' },
    };
    forge.threads.set('mr4', [quoted]);
    expect(await upsertGitlabNote(target, `${marker}\none`, marker)).toMatch(/^created note \d+$/);
    expect(await upsertGitlabNote(target, `${marker}\ntwo`, marker)).toMatch(/^updated note \d+$/);
    expect(forge.threads.get('mr4')).toEqual([quoted, { id: expect.any(Number), body: `${marker}\ntwo`, author: GITLAB_TOKEN_USER }]);
    expect(forge.requests.filter((r) => r.method === 'GET' && r.path === '/api/v4/user')).toHaveLength(2);
  });

  it('says why when the token is refused', async () => {
    const target = { token: 'wrong', repository: 'acme/shop', pullNumber: 7, apiUrl: forge.url };
    await expect(upsertGithubComment(target, 'x', 'y')).rejects.toThrow(/Bad credentials/);
  });

  it('carries the marker and stays under GitHub’s 65,536-character limit for a huge run', () => {
    const run = runResult({ steps: [step({ findings: findings(20_000) })] });
    const body = renderComment(run);
    expect(body.startsWith(commentMarker(run))).toBe(true);
    expect(body.length).toBeLessThanOrEqual(65_536);
  });
});
