// The step cache (`cache: true` + `inputs:`). A step's key hashes everything its result depends on that
// runlens can see: the command (or check kind and options), shell, working directory, declared env, the
// contents of its inputs and the runlens version; a split step's key also holds its shard. A hit skips
// the step and replays the result (findings, test cases, log) it had when it last ran, marked cached.
// Only passed steps are stored: a failure is worth running again (it may be flaky, or fixed outside the inputs).
import { createReadStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { atomicWriteFile } from '../base/atomic-write.js';
import type { ShardSpec } from '../base/stable-shard.js';
import { RUNLENS_VERSION } from '../base/version.js';
import type { StepResult } from '../model/result.js';
import type { PlannedStep } from './plan.js';
import { createHash } from '../base/hash.js';

/** Bumped when a cache entry's layout changes (old entries are then misses). */
const ENTRY_FORMAT = 1;

interface Entry {
  format: typeof ENTRY_FORMAT;
  key: string;
  result: StepResult;
  /** The step's log as it was written (already redacted). */
  log: string;
}

export interface CacheLookup {
  key: string;
  hit?: { result: StepResult; log: string };
}

export class StepCache {
  /** Every key looked up this run, by step: the run's `cache-key` output hashes them. */
  readonly keys = new Map<string, string>();

  constructor(
    /** Absolute. */
    readonly dir: string,
    private readonly workspace: string,
    /** Absolute directories an `inputs:` glob never matches in: the cache itself and the run's output (they change every run). */
    private readonly ignoreDirs: string[] = [],
    private readonly version = RUNLENS_VERSION,
  ) {}

  async key(step: PlannedStep, shard?: ShardSpec): Promise<string> {
    const h = createHash('sha256');
    const add = (label: string, value: unknown): void => {
      h.update(`${label}\0${JSON.stringify(value)}\n`);
    };
    add('format', ENTRY_FORMAT);
    add('runlens', this.version);
    add('id', step.id);
    add('kind', step.kind);
    add('command', step.command ?? null);
    add('options', step.options ?? null);
    add('shell', step.shell);
    add('cwd', step.workingDirectory);
    add(
      'env',
      Object.entries(step.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    // The names only: a secret's value never enters a key (nor the stored result, which is redacted).
    if (step.secrets?.length) add('secrets', step.secrets);
    add('junit', step.junit);
    add('sarif', step.sarif);
    add('problem-matchers', step.problemMatchers ?? []);
    add('shard', shard ?? null);
    const ignore = [
      '.git/**',
      ...[this.dir, ...this.ignoreDirs]
        .map((d) => path.relative(this.workspace, d))
        .filter((r) => r && !r.startsWith('..'))
        .map((r) => `${r.split(path.sep).join('/')}/**`),
    ];
    const files = (
      await glob(step.inputs ?? [], { cwd: this.workspace, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore })
    ).sort();
    for (const rel of files) add('input', [rel, await fileHash(path.join(this.workspace, rel))]);
    return h.digest('hex');
  }

  async lookup(step: PlannedStep, shard?: ShardSpec): Promise<CacheLookup> {
    const key = await this.key(step, shard);
    this.keys.set(step.id, key);
    const entry = await readFile(this.file(key), 'utf8')
      .then((text) => JSON.parse(text) as Entry)
      .catch(() => undefined);
    // A damaged or foreign entry is a miss, never an error.
    if (entry?.format !== ENTRY_FORMAT || entry.key !== key || entry.result?.id !== step.id) return { key };
    return { key, hit: { result: entry.result, log: entry.log ?? '' } };
  }

  async store(key: string, result: StepResult, logFile: string): Promise<void> {
    if (result.status !== 'passed' || result.cached) return;
    const log = await readFile(logFile, 'utf8').catch(() => '');
    await mkdir(path.dirname(this.file(key)), { recursive: true });
    const entry: Entry = { format: ENTRY_FORMAT, key, result, log };
    await atomicWriteFile(this.file(key), JSON.stringify(entry));
  }

  /** One hash over every step's key (in step order): what CI caches restore and save the cache dir by. */
  runKey(): string | undefined {
    if (this.keys.size === 0) return undefined;
    const h = createHash('sha256');
    for (const [id, key] of [...this.keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${id}\0${key}\n`);
    return `runlens-${h.digest('hex').slice(0, 32)}`;
  }

  private file(key: string): string {
    return path.join(this.dir, `${key.slice(0, 2)}`, `${key}.json`);
  }
}

function fileHash(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => h.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}
