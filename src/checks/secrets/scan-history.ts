// Phase 2 of a secret scan: the commits of a range (a pull/merge request's, or one asked for). Decides the
// range, checks that both ends are in the clone, and says why history was skipped when it cannot be scanned.
import { RunlensError } from '../../base/errors.js';
import type { PlatformInfo } from '../../model/result.js';
import { hasCommit, isGitRepository, scanHistory, type HistoryScan } from './history.js';
import type { Matcher } from './matcher.js';
import type { SecretsOptions } from './options.js';
import type { SecretScanInput, SecretScanStats } from './scan.js';

/** The history range to scan, or why there is none. */
function historyRange(options: SecretsOptions, platform: PlatformInfo): string | undefined {
  if (options.history === 'off') return undefined;
  if (options.history === 'all') return '--all';
  if (options.history !== 'auto') return options.history;
  if (platform.kind !== 'local' && platform.baseSha && platform.sha && platform.baseSha !== platform.sha)
    return `${platform.baseSha}..${platform.sha}`;
  return undefined;
}

/** Scans the history range the options ask for, if any; fills the history figures of `stats`. */
export async function scanHistoryRange(
  input: SecretScanInput,
  matcher: Matcher,
  excluded: (rel: string) => boolean,
  stats: SecretScanStats,
): Promise<HistoryScan | undefined> {
  const { options } = input;
  const range = historyRange(options, input.platform);
  if (!range) return undefined;
  let history: HistoryScan | undefined;
  stats.range = range === '--all' ? 'all commits' : range;
  const explicit = options.history !== 'auto';
  if (!(await isGitRepository(input.workspace))) {
    if (explicit) throw new RunlensError(`secrets: history: ${input.workspace} is not a git repository; set \`history: off\``);
    stats.historySkipped = 'the workspace is not a git repository';
  } else {
    const ends = range.includes('..') ? range.split(/\.{2,3}/).filter((e) => e !== '') : [];
    let absent: string | undefined;
    for (const end of ends) if (absent === undefined && !(await hasCommit(input.workspace, end))) absent = end;
    if (absent !== undefined) {
      const which = absent === ends[0] ? 'base' : 'head';
      const why = `the ${which} commit ${absent.slice(0, 12)} is not in this clone (shallow checkout?) — fetch the full history (actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 on GitLab)`;
      if (explicit) throw new RunlensError(`secrets: history: ${why}`);
      stats.historySkipped = why;
    } else {
      try {
        history = await input.phase(
          'scan history',
          () => scanHistory({ cwd: input.workspace, range, matcher, excluded, signal: input.signal }),
          {
            'runlens.secrets.range': stats.range ?? '',
          },
        );
      } catch (err) {
        if (input.signal.aborted) throw err;
        const stderr = (err as { stderr?: unknown }).stderr;
        throw new RunlensError(
          `secrets: history: git log ${range} failed: ${typeof stderr === 'string' && stderr ? stderr.trim() : (err as Error).message}`,
        );
      }
      stats.commits = history.commits;
      stats.historyBytes = history.bytes;
    }
  }
  if (stats.historySkipped) input.log(`secrets: history not scanned: ${stats.historySkipped}`);
  return history;
}
