import { execFileSync } from 'node:child_process';
import type { PlatformInfo } from '../engine/result.js';
import type { Platform } from './platform.js';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function localInfo(cwd: string): PlatformInfo {
  return { kind: 'local', sha: git(['rev-parse', 'HEAD'], cwd), ref: git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd) };
}

export function localPlatform(cwd: string, out: NodeJS.WritableStream = process.stdout): Platform {
  return {
    info: localInfo(cwd),
    isCI: false,
    startGroup: (title) => void out.write(`── ${title}\n`),
    endGroup: () => undefined,
    writeSummary: async () => undefined,
    setOutputs: async () => undefined,
    annotate: () => undefined,
    mask: () => undefined,
    comment: async () => ({ posted: false, detail: 'not on a CI platform' }),
  };
}
