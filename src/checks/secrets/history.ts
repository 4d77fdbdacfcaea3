// Git history scope: the lines each commit of a range added, read from one streamed `git log -p -U0`
// and scanned per (commit, file) as they arrive, so memory is bounded by the largest single file diff.
import type { Matcher, RawMatch } from './matcher.js';

export interface CommitInfo {
  commit: string;
  author: string;
  email: string;
  date: string;
}

export interface HistoryMatch extends RawMatch {
  path: string;
  commit: CommitInfo;
}

export interface HistoryScan {
  commits: number;
  /** (commit, file) diffs scanned. */
  diffs: number;
  bytes: number;
  matches: HistoryMatch[];
}

export interface HistoryOptions {
  /** Repository root. */
  cwd: string;
  /** A revision range for `git log` (`base..head`), or `--all`. */
  range: string;
  matcher: Matcher;
  excluded(relativePath: string): boolean;
  signal: AbortSignal;
}

const FIELD = '\x00';
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** `"a/dir/f\303\251.txt"` → `a/dir/fé.txt` (git quotes paths with unusual bytes even with quotePath off). */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const s = p.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = s[++i]!;
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[n] ?? n.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether `rev` names a commit in this clone (a shallow clone may lack the PR's base). */
export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  const { execa } = await import('execa');
  const r = await execa('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd, reject: false });
  return r.exitCode === 0;
}

export async function isGitRepository(cwd: string): Promise<boolean> {
  const { execa } = await import('execa');
  const r = await execa('git', ['rev-parse', '--git-dir'], { cwd, reject: false });
  return r.exitCode === 0;
}

export async function scanHistory(opts: HistoryOptions): Promise<HistoryScan> {
  const result: HistoryScan = { commits: 0, diffs: 0, bytes: 0, matches: [] };
  const rangeArgs = opts.range === '--all' ? ['--all'] : [opts.range];
  // Loaded here, not at the top: this module is on every run's start-up path (the check registry), execa is not.
  const { execa } = await import('execa');
  const git = execa(
    'git',
    [
      '-c',
      'core.quotePath=false',
      'log',
      '-p',
      '-U0',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      // NUL-separated fields: no author name or path can contain one.
      '--format=%x00%H%x00%an%x00%ae%x00%aI',
      ...rangeArgs,
      '--',
    ],
    { cwd: opts.cwd, buffer: false, cancelSignal: opts.signal, stripFinalNewline: false, maxBuffer: Infinity },
  );

  let commit: CommitInfo | undefined;
  let path: string | undefined;
  let added: string[] = [];
  let lineNumbers: number[] = [];
  // Lines left in the current hunk: with -U0 every hunk line is `+` or `-`, counted by its header.
  let plusLeft = 0;
  let newLine = 0;

  const flush = (): void => {
    if (commit && path && added.length > 0 && !opts.excluded(path)) {
      const buf = Buffer.from(added.join('\n'), 'utf8');
      result.diffs++;
      result.bytes += buf.length;
      for (const m of opts.matcher.scan(buf, buf.length, path)) {
        result.matches.push({
          ...m,
          line: lineNumbers[m.line - 1] ?? m.line,
          endLine: lineNumbers[m.endLine - 1] ?? m.endLine,
          path,
          commit,
        });
      }
    }
    added = [];
    lineNumbers = [];
  };

  for await (const raw of git) {
    const line = String(raw);
    if (line.startsWith(FIELD)) {
      flush();
      path = undefined;
      const [, hash, author, email, date] = line.split(FIELD);
      commit = { commit: hash!, author: author!, email: email!, date: date! };
      result.commits++;
      continue;
    }
    if (plusLeft > 0 && line.startsWith('+')) {
      added.push(line.slice(1));
      lineNumbers.push(newLine++);
      plusLeft--;
      continue;
    }
    if (line.startsWith('-') && !line.startsWith('--- ')) continue;
    if (line.startsWith('diff --git ')) {
      flush();
      path = undefined;
      plusLeft = 0;
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      path = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
    } else {
      const h = HUNK.exec(line);
      if (h) {
        newLine = Number(h[1]);
        plusLeft = h[2] === undefined ? 1 : Number(h[2]);
      }
    }
  }
  flush();
  await git;
  return result;
}
