// A secret a commit added and a later commit removed is not in the files at head: every report that links
// it links the commit that added it, where the secret still is.
import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/report/annotations.js';
import { findingUrl, sourceUrl } from '../../src/report/source-link.js';
import { renderSummary } from '../../src/report/summary.js';
import { finding, run, step } from '../support/run-result.js';

const leak = 'aaaaaaaaaaaabbbbbbbbbbbbccccccccccccdddd';
const removed = finding({
  tool: 'runlens-secrets',
  ruleId: 'slack-bot-token',
  title: 'Slack bot token',
  message: `Slack bot token \`xoxb…\` added in commit ${leak.slice(0, 12)} by Ada (2026-11-20) and removed since (it is still in the history).`,
  severity: 'high',
  category: 'secret',
  location: { path: 'src/notify.js', startLine: 3, startColumn: 4, snippet: 'xoxb…' },
  properties: { scope: 'history', commit: leak, removed: true },
});

describe('links to a secret removed since it was added', () => {
  const result = run({ steps: [step({ id: 'secrets', kind: 'secrets', findings: [removed] })] });
  const atCommit = `https://github.com/acme/payments-api/blob/${leak}/src/notify.js#L3`;

  it('go to the file at the commit that added it', () => {
    expect(findingUrl(result.platform, removed)).toBe(atCommit);
    expect(sourceUrl({ ...result.platform, kind: 'gitlab', serverUrl: 'https://gitlab.com' }, 'src/notify.js', 3, undefined, leak)).toBe(
      `https://gitlab.com/acme/payments-api/-/blob/${leak}/src/notify.js#L3`,
    );
  });

  it('in the job summary, saying it was removed since', () => {
    const md = renderSummary(result);
    expect(md).toContain(`(${atCommit})`);
    expect(md).not.toContain(`blob/${result.platform.sha}/src/notify.js`);
    expect(md).toContain('removed since');
  });

  it('in annotations: none on the file at head, the commit link in the message', () => {
    const a = selectAnnotations(result).find((x) => x.title?.includes('Slack bot token'))!;
    expect(a.file).toBeUndefined();
    expect(a.message).toContain(atCommit);
  });

  it('while a secret still in the tree keeps its link to the file at the checked commit', () => {
    const present = { ...removed, properties: { scope: 'history', commit: leak } };
    expect(findingUrl(result.platform, present)).toBe(`https://github.com/acme/payments-api/blob/${result.platform.sha}/src/notify.js#L3`);
  });
});
