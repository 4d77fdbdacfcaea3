import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertGithubComment } from '../../src/platform/github-comment.js';
import { GITHUB_PAT_USER, startFakeForge, type FakeForge, type StoredComment } from '../support/fake-forge.js';

const MARKER = '<!-- runlens:comment:shop -->';
let forge: FakeForge;
afterEach(() => forge.close());

describe('the sticky comment is the token’s own (issue 13, item 5)', () => {
  describe('with a personal access token', () => {
    beforeEach(async () => {
      forge = await startFakeForge({ token: 'ghp_personal_token' });
    });

    it('asks GET /user who it is, and leaves the marker comments of github-actions[bot] and of users alone', async () => {
      const bot: StoredComment = {
        id: 1,
        body: `${MARKER}\nfrom the GITHUB_TOKEN run`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        performed_via_github_app: { slug: 'github-actions' },
      };
      const quoted: StoredComment = { id: 2, body: `> ${MARKER}\nsee above`, user: { login: 'octocat', type: 'User' } };
      forge.threads.set('7', [{ ...bot }, { ...quoted }]);
      const target = { token: 'ghp_personal_token', repository: 'acme/shop', pullNumber: 7, apiUrl: forge.url };
      await upsertGithubComment(target, `${MARKER}\nfirst`, MARKER);
      await upsertGithubComment(target, `${MARKER}\nsecond`, MARKER);
      const thread = forge.threads.get('7')!;
      expect(thread.slice(0, 2)).toEqual([bot, quoted]);
      expect(thread.slice(2)).toEqual([expect.objectContaining({ body: `${MARKER}\nsecond`, user: GITHUB_PAT_USER })]);
      expect(forge.requests.filter((r) => r.path === '/user')).toHaveLength(2);
    });
  });

  describe('with an installation token (GITHUB_TOKEN)', () => {
    beforeEach(async () => {
      forge = await startFakeForge({ token: 'ghs_installation_token' });
    });

    it('treats GET /user’s 403 as "an app’s bot" and updates the github-actions[bot] comment, not a user’s quote', async () => {
      const quoted: StoredComment = { id: 1, body: `> ${MARKER}\nwhy?`, user: { login: 'octocat', type: 'User' } };
      const ours: StoredComment = {
        id: 2,
        body: `${MARKER}\nold`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        performed_via_github_app: { slug: 'github-actions' },
      };
      forge.threads.set('7', [{ ...quoted }, { ...ours }]);
      const target = { token: 'ghs_installation_token', repository: 'acme/shop', pullNumber: 7, apiUrl: forge.url };
      await upsertGithubComment(target, `${MARKER}\nnew`, MARKER);
      expect(forge.threads.get('7')).toEqual([quoted, { ...ours, body: `${MARKER}\nnew` }]);
    });
  });
});
