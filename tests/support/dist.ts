// Helpers for tests that run the committed bundles exactly as users do.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
// RUNLENS_TEST_DIST points these tests at another build of the same layout (e.g. a source build, before dist/ is rebuilt).
const distDir = process.env.RUNLENS_TEST_DIST ?? path.join(repoRoot, 'dist');
export const distAction = path.join(distDir, 'index.js');
export const distCli = path.join(distDir, 'cli.js');

export function requireDist(file: string): void {
  if (!existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run \`npm run bundle\` first`);
}

export async function tempWorkspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-test-'));
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, content, { mode: name.endsWith('.sh') ? 0o755 : 0o644 });
  }
  return dir;
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node file args` with Node 24 (the test runner's own node), collecting output. */
export function runNode(
  file: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; onStart?: (kill: (s: NodeJS.Signals) => void) => void },
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    // A clean environment: the test decides which CI variables exist.
    for (const [k, v] of Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...opts.env }))
      if (v !== undefined) env[k] = v;
    const child = spawn(process.execPath, [file, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    opts.onStart?.((s) => child.kill(s));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Parses a GITHUB_OUTPUT file (name<<delimiter … delimiter blocks, or name=value lines). */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export { isAlive } from './engine.js';
