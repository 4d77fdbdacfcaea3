import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlatformInfo } from '../model/result.js';
import type { Platform } from './platform.js';

/**
 * HEAD's branch and commit, read from .git directly: two `git rev-parse` calls would cost ~15 ms of
 * every local start-up. Worktrees (.git as a file), packed refs and detached heads are handled.
 */
export function readGitHead(cwd: string): { ref?: string; sha?: string } {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    let gitDir = path.join(dir, '.git');
    try {
      const dotGit = readFileSync(gitDir, 'utf8');
      const m = /^gitdir: (.+)$/m.exec(dotGit);
      if (m) gitDir = path.resolve(dir, m[1]!.trim());
    } catch {
      // A directory (the usual case) or nothing; both are read below.
    }
    let head: string;
    try {
      head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    } catch {
      if (path.dirname(dir) === dir) return {};
      continue;
    }
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return { sha: head, ref: 'HEAD' };
    const common = commonDir(gitDir);
    return { ref: ref.replace(/^refs\/heads\//, ''), sha: readRef(gitDir, ref) ?? readRef(common, ref) };
  }
}

function commonDir(gitDir: string): string {
  try {
    return path.resolve(gitDir, readFileSync(path.join(gitDir, 'commondir'), 'utf8').trim());
  } catch {
    return gitDir;
  }
}

function readRef(gitDir: string, ref: string): string | undefined {
  try {
    return readFileSync(path.join(gitDir, ref), 'utf8').trim();
  } catch {
    try {
      const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
      return packed
        .split('\n')
        .find((l) => l.endsWith(` ${ref}`))
        ?.split(' ')[0];
    } catch {
      return undefined;
    }
  }
}

export function localInfo(cwd: string): PlatformInfo {
  return { kind: 'local', ...readGitHead(cwd) };
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
