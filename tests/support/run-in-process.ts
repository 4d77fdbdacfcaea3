// `runlens run` in this process, on the local platform, in a workspace the test prepared: the secret-stores
// tests' harness (the console is captured; the environment is PATH, HOME and what the test adds).
import { PassThrough } from 'node:stream';
import type { StepResult } from '../../src/model/result.js';
import { localPlatform } from '../../src/platform/local.js';
import { execute, type RunOptions } from '../../src/run.js';

export interface InProcessRun {
  outcome: Awaited<ReturnType<typeof execute>>;
  /** Everything the run printed. */
  printed(): string;
  byId: Record<string, StepResult>;
}

export async function runInProcess(
  ws: string,
  env: Record<string, string | undefined> = {},
  extra: Partial<RunOptions> = {},
): Promise<InProcessRun> {
  const out = new PassThrough();
  let printed = '';
  out.on('data', (c: Buffer) => (printed += c.toString()));
  const outcome = await execute(
    {
      workspace: ws,
      door: 'cli',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      out: out as unknown as NodeJS.WriteStream,
      color: false,
      signal: new AbortController().signal,
      ...extra,
    },
    localPlatform(ws, out),
  );
  return { outcome, printed: () => printed, byId: Object.fromEntries((outcome.run?.steps ?? []).map((s) => [s.id, s])) };
}
