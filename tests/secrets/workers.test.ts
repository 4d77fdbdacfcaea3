// Worker threads: the same findings as one thread, on a tree big enough to use them.
import { describe, expect, it } from 'vitest';
import { locateWorker } from '../../src/checks/secrets/pool.js';
import { fake, runSecretsCheck, tempDir } from '../support/secrets.js';

describe('secrets check: worker threads', () => {
  it('runs its worker from the TypeScript source under tests', () => {
    expect(locateWorker()).toMatchObject({ eval: true, entry: expect.stringMatching(/worker\.ts$/) });
  });

  it('finds the same secrets on worker threads as in one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) {
      files[`pkg${i % 7}/mod${i}.js`] =
        i % 50 === 0
          ? `export const token = "${fake.githubPat()}";\n`
          : `export function f${i}(x) {\n  return x * ${i}; // password handling lives elsewhere\n}\n`;
    }
    const dir = await tempDir(files);
    const threaded = await runSecretsCheck(dir, { workers: 2 });
    const single = await runSecretsCheck(dir, { workers: 0 });
    expect(threaded.outcome.summary).toMatch(/on 2 worker threads/);
    expect(single.outcome.summary).not.toMatch(/worker thread/);
    expect(threaded.outcome.findings).toHaveLength(12);
    expect(threaded.outcome.findings).toEqual(single.outcome.findings);
  });
});
