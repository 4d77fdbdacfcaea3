// What a fuzz case runs, inside the fuzz worker (worker.ts): the real reader of each input kind, fed a
// file written to disk the way a user's file would be, and the outcome classified. Bundled by
// harness.ts with the sources it imports, so it runs as plain JavaScript in a worker thread.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RunlensError } from '../../../src/base/errors.js';
import { loadConfig } from '../../../src/config/load.js';
import { buildPlan } from '../../../src/engine/plan.js';
import { LOCKFILE_FORMATS, readLockfile } from '../../../src/checks/deps/lockfiles/index.js';
import { ingestSarif } from '../../../src/ingest/sarif.js';
import { ingestJunit } from '../../../src/ingest/junit.js';
import { findingsFromText, readProblemMatchers } from '../../../src/ingest/problem-matcher.js';
import { evaluateCase } from '../../../src/checks/golden/compare.js';
import { caseSchema, type FormatName } from '../../../src/checks/golden/options.js';
import { resolveTolerance } from '../../../src/checks/golden/tolerance.js';
import { readTraceFile } from '../../../src/telemetry/trace-file.js';
import { offlineSource } from '../../../src/checks/deps/advisories.js';
import { findingsFor } from '../../../src/checks/deps/findings.js';
import type { LockedPackage } from '../../../src/checks/deps/package.js';
import { PRESETS } from '../../../src/checks/tool/presets/index.js';
import { ToolReportedError } from '../../../src/checks/tool/preset.js';
import { toolOptions } from '../../../src/checks/tool/options.js';
import { readRunJson } from '../../../src/ingest/run-json.js';
import { recordedDurations } from '../../../src/engine/shard.js';
import { historyMarkdown } from '../../../src/report/history.js';

export interface FuzzRequest {
  /** `config`, `lockfile:<format id>`, `sarif`, `junit`, `problem-matcher`, `golden:<format>`, `trace`. */
  target: string;
  /** The file's name as the user would have it (`package-lock.json`, `results.sarif`…). */
  name: string;
  bytes: Uint8Array;
  /** golden: the other file of the pair (the fuzzed one is the golden file; `swap` makes it the actual). */
  other?: Uint8Array;
  swap?: boolean;
  /** problem-matcher: a tool's output to scan with the matchers read. */
  output?: string;
  /** golden: case options besides `expected` and `actual` (`scrub`, `tolerance`…). */
  caseOptions?: Record<string, unknown>;
  /** osv: the locked packages the offline database (`db/`, holding the fuzzed file) is asked about. */
  packages?: Array<Pick<LockedPackage, 'name' | 'version' | 'ecosystem'>>;
}

export type FuzzOutcome =
  | { kind: 'ok'; detail: string }
  /** A RunlensError: what the user sees, and the file name it must start with. */
  | { kind: 'input-error'; name: string; message: string; shown: string }
  | { kind: 'foreign'; name: string; message: string; stack: string };

let workDir: string | undefined;

async function dir(): Promise<string> {
  workDir ??= await mkdtemp(path.join(os.tmpdir(), 'runlens-fuzz-'));
  return workDir;
}

/** A fresh subdirectory per case, so one case's files never meet the next's. */
let caseNumber = 0;
async function caseDir(): Promise<string> {
  const d = path.join(await dir(), String(caseNumber++));
  await mkdir(d, { recursive: true });
  return d;
}

export async function runTarget(req: FuzzRequest): Promise<FuzzOutcome> {
  const cwd = await caseDir();
  const file = path.join(cwd, req.name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, req.bytes);
  const shown = req.target === 'trace' || req.target === 'run-json' ? file : req.target === 'osv' ? path.join(cwd, 'db') : toolSource(req);
  try {
    return { kind: 'ok', detail: await run(req, cwd, file) };
  } catch (err) {
    if (err instanceof RunlensError) return { kind: 'input-error', name: err.name, message: err.message, shown };
    const e = err instanceof Error ? err : new Error(String(err));
    return { kind: 'foreign', name: e.name, message: e.message, stack: e.stack ?? '' };
  }
}

async function run(req: FuzzRequest, cwd: string, file: string): Promise<string> {
  const ingest = { cwd, workspace: cwd, stepId: 'fuzz' };
  const [area, sub] = req.target.split(':') as [string, string | undefined];
  switch (area) {
    case 'config': {
      // As `runlens validate` does: the file, then the plan (needs, cycles, expressions, matrices).
      const loaded = await loadConfig({ cwd, env: {} });
      const plan = buildPlan(loaded.config, { locate: loaded.locate, workspace: cwd });
      return `${plan.steps.length} planned steps`;
    }
    case 'lockfile': {
      const format = LOCKFILE_FORMATS.find((f) => f.id === sub);
      if (!format) throw new Error(`no lockfile format ${sub}`);
      const packages = await readLockfile(file, req.name, format);
      return `${packages.length} packages`;
    }
    case 'sarif': {
      const read = await ingestSarif([req.name], ingest);
      // What the reports do with findings next: they must be plain data.
      JSON.stringify(read);
      return `${read.findings.length} findings`;
    }
    case 'junit': {
      const read = await ingestJunit([req.name], ingest);
      JSON.stringify(read);
      return `${read.cases.length} cases`;
    }
    case 'problem-matcher': {
      const matchers = await readProblemMatchers(file, req.name);
      const findings = findingsFromText(req.output ?? '', matchers, { ...ingest, category: 'quality' });
      JSON.stringify(findings);
      return `${matchers.length} matchers, ${findings.length} findings`;
    }
    case 'golden': {
      const format = sub as FormatName;
      const other = path.join(cwd, `other${path.extname(req.name)}`);
      await writeFile(other, req.other ?? new Uint8Array());
      const [expected, actual] = req.swap ? [other, file] : [file, other];
      const label = (p: string) => path.relative(cwd, p);
      const options = caseSchema.parse({ ...req.caseOptions, expected: label(expected), actual: label(actual) });
      const levels = [undefined, undefined];
      const result = await evaluateCase(
        {
          name: 'fuzz',
          expected,
          actual,
          expectedLabel: label(expected),
          actualLabel: label(actual),
          format,
          options,
          severity: 'high',
          levels,
          tolerance: resolveTolerance(levels, true),
        },
        10,
        new AbortController().signal,
        cwd,
      );
      // A malformed file is a case result, not a throw: hold it to the same rule as a thrown InputError.
      if (result.status === 'malformed') throw new MalformedCase(result.message ?? '(no message)');
      JSON.stringify(result.comparison);
      return `${result.status}`;
    }
    case 'trace': {
      const spans = await readTraceFile(file);
      return `${spans.length} spans`;
    }
    case 'osv': {
      // As the deps check does: the offline database (the fuzzed file is one record, YAML record or zip in
      // it), twice (the second run reads the zip index the first wrote), then each package's findings.
      const packages: LockedPackage[] = (req.packages ?? []).map((p) => ({ ...p, lockfile: 'package-lock.json', line: 1 }));
      let findings = 0;
      let problems = 0;
      for (let pass = 0; pass < 2; pass++) {
        const source = await offlineSource(path.join(cwd, 'db'), packages, { indexDir: path.join(cwd, 'index') });
        problems = source.problems.length;
        for (const pkg of packages) {
          const found = findingsFor(pkg, source.matches(pkg), { stepId: 'fuzz', unknownSeverity: 'medium' });
          JSON.stringify(found);
          findings += found.findings.length;
        }
        JSON.stringify(source.description);
      }
      return `${findings} findings, ${problems} problems`;
    }
    case 'tool': {
      const preset = PRESETS[sub as keyof typeof PRESETS];
      if (!preset) throw new Error(`no tool preset ${sub}`);
      try {
        const parsed = preset.parse(Buffer.from(req.bytes).toString('utf8'), {
          cwd,
          workspace: cwd,
          stepId: 'fuzz',
          source: toolSource(req),
          options: toolOptions.parse({ preset: sub }),
          mask: () => undefined,
        });
        JSON.stringify(parsed);
        return `${parsed.findings.length} findings`;
      } catch (err) {
        // The tool's own report says it failed: the step fails with that sentence (not a file error).
        if (err instanceof ToolReportedError) return `the tool reported: ${err.message}`;
        throw err;
      }
    }
    case 'run-json': {
      // As --resume, --durations, merge and `report history` use it.
      const run = await readRunJson(file);
      const durations = recordedDurations(run);
      const history = historyMarkdown([run, run]);
      JSON.stringify(run);
      return `${run.steps.length} steps, ${durations.size} durations, ${history.length} characters of history`;
    }
    default:
      throw new Error(`unknown fuzz target ${req.target}`);
  }
}

/** A golden case evaluateCase reported as malformed: its message is what the user reads. */
class MalformedCase extends RunlensError {
  override name = 'MalformedCase';
}

/** What a `uses: tool` preset's report is called in its errors (as src/checks/tool/run.ts names it). */
function toolSource(req: FuzzRequest): string {
  const [area, sub] = req.target.split(':');
  if (area !== 'tool') return req.name;
  const preset = PRESETS[sub as keyof typeof PRESETS];
  return preset ? `${preset.tool.name} ${preset.output === 'stdout' ? 'output' : 'report'}` : req.name;
}
