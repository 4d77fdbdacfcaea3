// The GitLab platform: log sections that fold like GitLab's own, with the step's real times, and the
// merge request note's reasons said in GitLab's words.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { gitlabPlatform } from '../../src/platform/gitlab.js';
import { createConsoleProgress } from '../../src/report/progress.js';
import { step } from '../support/run-result.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

function capture(): { out: PassThrough; text: () => string } {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  return { out, text: () => text };
}

describe('GitLab log sections', () => {
  it('opens a section expanded when asked and stamps it with the given start and end', () => {
    const c = capture();
    const p = gitlabPlatform({}, c.out);
    p.startGroup('test — failed (exit 1)', { collapsed: false, at: new Date('2026-11-22T01:02:03.900Z') });
    p.endGroup(new Date('2026-11-22T01:02:10.100Z'));
    const start = Math.floor(Date.parse('2026-11-22T01:02:03Z') / 1000);
    expect(c.text()).toBe(
      `\u001b[0Ksection_start:${start}:runlens_1[collapsed=false]\r\u001b[0Ktest — failed (exit 1)\n\u001b[0Ksection_end:${start + 7}:runlens_1\r\u001b[0K\n`,
    );
  });

  it("folds a passed step's log and opens a failed one's, each spanning the step's own start and end", async () => {
    const c = capture();
    const p = gitlabPlatform({}, c.out);
    const progress = createConsoleProgress({
      stream: c.out,
      color: false,
      logOrder: 'grouped',
      group: { start: (t, o) => p.startGroup(t, o), end: (at) => p.endGroup(at) },
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-gitlab-sections-'));
    const log = path.join(dir, 'step.log');
    await writeFile(log, 'output\n');
    progress.stepFinished(step({ id: 'build', startedAt: '2026-11-22T01:00:00.000Z', durationMs: 65_000 }), log);
    progress.stepFinished(
      step({ id: 'test', status: 'failed', reason: 'exit 1', startedAt: '2026-11-22T01:01:05.000Z', durationMs: 2_500 }),
      log,
    );
    progress.stepFinished(
      step({ id: 'lint', status: 'failed', allowedFailure: true, startedAt: '2026-11-22T01:01:05.000Z', durationMs: 10 }),
      log,
    );
    await progress.flush();
    const t0 = Date.parse('2026-11-22T01:00:00Z') / 1000;
    const starts = [...c.text().matchAll(/section_start:(\d+):runlens_\d\[collapsed=(\w+)\]\r\u001b\[0K(\w+)/g)].map((m) => [
      m[3],
      Number(m[1]) - t0,
      m[2],
    ]);
    const ends = [...c.text().matchAll(/section_end:(\d+):/g)].map((m) => Number(m[1]) - t0);
    expect(starts).toEqual([
      ['build', 0, 'true'],
      ['test', 65, 'false'],
      ['lint', 65, 'true'],
    ]);
    expect(ends).toEqual([65, 67, 65]);
  });
});

describe('the GitLab merge request note', () => {
  it('says what is missing in GitLab terms when there is no token', async () => {
    const p = gitlabPlatform({ CI_MERGE_REQUEST_IID: '3', CI_API_V4_URL: 'http://127.0.0.1:9/api/v4', CI_PROJECT_ID: '1' });
    const r = await p.comment('body', '<!-- m -->');
    expect(r.posted).toBe(false);
    expect(r.detail).toMatch(/^no RUNLENS_GITLAB_TOKEN: .*api scope.*CI_JOB_TOKEN cannot write notes/);
  });
});
