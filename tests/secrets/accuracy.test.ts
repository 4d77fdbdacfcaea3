// Recall and precision on the labelled corpus, for runlens and for gitleaks on the same files
// (bench/secrets/score.mjs does the counting; bench/secrets/run.mjs prints the same figures).
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../bench/secrets/score.mjs';
import { gitleaksBinary, runSecretsCheck, tempDir } from '../support/secrets.js';

type Score = Awaited<ReturnType<typeof scoreCorpus>>;

describe('accuracy on the labelled corpus', () => {
  let score: Score;
  beforeAll(async () => {
    const work = await tempDir();
    score = await scoreCorpus({
      runlens: async (dir: string) => (await runSecretsCheck(dir, { gitignore: false })).outcome.findings,
      gitleaks: gitleaksBinary(),
      work,
    });
    for (const line of score.lines) console.log(line);
  });

  it('finds every planted secret', () => {
    expect(score.runlens.missed.map((l) => `${l.type} ${l.path}:${l.line}`)).toEqual([]);
  });

  it('reports none of the decoys', () => {
    expect(score.runlens.fps.map((f) => `${f.rule} ${f.path}:${f.line}`)).toEqual([]);
  });

  it('finds at least as many planted secrets as gitleaks, with no more false positives', () => {
    expect(score.runlens.recall).toBeGreaterThanOrEqual(score.gitleaks.recall);
    expect(score.runlens.falsePositives).toBeLessThanOrEqual(score.gitleaks.falsePositives);
  });
});
