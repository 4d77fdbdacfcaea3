// `runlens golden update [CASE…]` and the action's `golden-update` input: rewrite goldens from the
// actual files. Only ever called on request; a normal run never writes a golden file.
import picomatch from 'picomatch';
import { atomicCopyFile } from '../../base/atomic-write.js';
import { RunlensError, UsageError } from '../../base/errors.js';
import type { CheckContext } from '../check.js';
import { expandCases, type GoldenCase } from './cases.js';
import { evaluateCase } from './compare.js';
import { findObsolete } from './obsolete.js';
import type { GoldenOptions } from './options.js';
import { produceActuals } from './producer.js';
import { caseMessage } from './report.js';

export interface UpdateRequest {
  /** Absolute; the golden step's working directory. */
  cwd: string;
  /** Absolute; the repository root. */
  workspace: string;
  /** The step's parsed `with:` (goldenOptions). */
  options: GoldenOptions;
  /** Case names or globs over them (or golden paths); all cases when absent or empty. */
  cases?: string[];
  log: (line: string) => void;
  /** Runs the step's `run:` first unless false (default true). */
  produce?: boolean;
  /** Runs the step's `run:` (the engine's exec, as a check gets it); needed when there is one to run. */
  exec?: CheckContext<unknown>['exec'];
  signal?: AbortSignal;
}

export interface UpdatedGolden {
  case: string;
  /** Repository-relative. */
  golden: string;
  actual: string;
  change: 'created' | 'rewritten';
  /** What differed before the rewrite, in a sentence. */
  detail: string;
}

export interface UpdateReport {
  updated: UpdatedGolden[];
  /** Cases whose golden already matches (within tolerance): left untouched. */
  unchanged: string[];
  /** Cases that could not be updated, and why. */
  skipped: Array<{ case: string; reason: string }>;
  /** Golden files (repository-relative) that no case uses, under `goldens:`. */
  obsolete: string[];
}

function selectCases(all: GoldenCase[], wanted: string[] | undefined): GoldenCase[] {
  if (!wanted || wanted.length === 0) return all;
  const picked = new Set<GoldenCase>();
  for (const w of wanted) {
    const isMatch = picomatch(w, { dot: true });
    const hits = all.filter((c) => c.name === w || c.expectedLabel === w || isMatch(c.name) || isMatch(c.expectedLabel));
    if (hits.length === 0) {
      const known = all.map((c) => c.name);
      throw new UsageError(
        `golden update: no case is called "${w}"; the cases are: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}`,
      );
    }
    hits.forEach((c) => picked.add(c));
  }
  return all.filter((c) => picked.has(c));
}

export async function updateGoldens(req: UpdateRequest): Promise<UpdateReport> {
  const signal = req.signal ?? new AbortController().signal;
  if (req.options.run !== undefined && req.produce !== false) {
    if (!req.exec) throw new Error('runlens bug: golden update has a command to run but no exec');
    const failure = await produceActuals(req.options.run, req.exec, req.log);
    if (failure) throw new RunlensError(`golden update: ${failure}; no golden file was written`);
  }
  const all = await expandCases(req.options, req.cwd, req.workspace);
  const cases = selectCases(all, req.cases);
  const report: UpdateReport = { updated: [], unchanged: [], skipped: [], obsolete: [] };
  for (const c of cases) {
    const r = await evaluateCase(c, req.options['max-differences'], signal, req.workspace);
    switch (r.status) {
      case 'passed':
        report.unchanged.push(c.name);
        req.log(`unchanged  ${c.expectedLabel} (${c.name})`);
        continue;
      case 'unmatched':
      case 'missing-actual':
        report.skipped.push({ case: c.name, reason: caseMessage(r) });
        req.log(`skipped    ${c.name}: ${caseMessage(r)}`);
        continue;
      case 'malformed':
        // A broken actual file must not become the reference; a broken golden is exactly what to replace.
        if (r.position?.file === c.actualLabel) {
          report.skipped.push({ case: c.name, reason: caseMessage(r) });
          req.log(`skipped    ${c.name}: ${caseMessage(r)}`);
          continue;
        }
        break;
      default:
        break;
    }
    await atomicCopyFile(c.actual, c.expected);
    const change = r.status === 'missing-golden' ? 'created' : 'rewritten';
    const detail = r.status === 'missing-golden' ? `new golden file from ${c.actualLabel}` : caseMessage(r);
    report.updated.push({ case: c.name, golden: c.expectedLabel, actual: c.actualLabel, change, detail });
    req.log(`${change.padEnd(10)} ${c.expectedLabel} from ${c.actualLabel}: ${detail}`);
  }
  report.obsolete = await findObsolete(req.options, all, req.cwd, req.workspace);
  for (const path of report.obsolete) req.log(`obsolete   ${path} (no case uses it)`);
  req.log(
    `golden update: ${report.updated.length} written, ${report.unchanged.length} unchanged, ${report.skipped.length} skipped` +
      (report.obsolete.length ? `, ${report.obsolete.length} obsolete` : ''),
  );
  return report;
}
