// The repository as detection rules read it: small synchronous reads, memoised, nothing written.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { Repo } from './types.js';

const SKIP = new Set(['node_modules', '.git', 'vendor', 'target', '.venv', 'venv', 'dist', 'build', '.runlens', '__pycache__']);

export function readRepo(root: string, env: Record<string, string | undefined>): Repo {
  const text = new Map<string, string | undefined>();
  const read = (rel: string) => {
    if (!text.has(rel)) {
      let s: string | undefined;
      try {
        s = readFileSync(path.join(root, rel), 'utf8');
      } catch {
        s = undefined;
      }
      text.set(rel, s);
    }
    return text.get(rel);
  };
  let walked: { dirs: string[]; files: string[] } | undefined;
  const walk = () => {
    if (walked) return walked;
    walked = { dirs: [], files: [] };
    const visit = (rel: string, depth: number) => {
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(path.join(root, rel), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (SKIP.has(e.name)) continue;
          walked!.dirs.push(r);
          if (depth < 4) visit(r, depth + 1);
        } else walked!.files.push(r);
      }
    };
    visit('', 1);
    return walked;
  };
  const pathDirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return {
    root,
    exists: (rel) => existsSync(path.join(root, rel)),
    read,
    json: (rel) => {
      const s = read(rel);
      if (s === undefined) return undefined;
      try {
        const v: unknown = JSON.parse(s);
        return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    },
    toml: (rel) => {
      const s = read(rel);
      if (s === undefined) return undefined;
      try {
        return parseToml(s) as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
    dirs: () => walk().dirs,
    files: () => walk().files,
    onPath: (program) =>
      pathDirs.some((d) => {
        try {
          return statSync(path.join(d, program)).isFile();
        } catch {
          return false;
        }
      }),
  };
}

/** The first of `names` that exists in the repository. */
export function firstExisting(repo: Repo, names: readonly string[]): string | undefined {
  return names.find((n) => repo.exists(n));
}
