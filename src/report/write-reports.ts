// Writes every report file into the output directory, each atomically: another job, the upload
// step or a person never sees half a report, even if runlens is killed mid-write.
import path from 'node:path';
import type { RunResult } from '../model/result.js';
import { atomicWriteFile as writeAtomically } from '../base/atomic-write.js';
import { EXIT } from '../base/errors.js';
import { joinBlocks } from '../base/markdown.js';
import { repoPath } from '../base/repo-path.js';
import { describeFiles, writtenSince } from '../base/written-files.js';
import { describeFsError } from '../base/writable-dir.js';
import { gitlabScansRan, toGitlabCodeQuality, toGitlabDependencyScanning, toGitlabSast, toGitlabSecretDetection } from './gitlab.js';
import { toJunitXml } from './junit.js';
import { actionOutputs, toDotenv } from './outputs.js';
import { toSarif } from './sarif.js';
import { renderSummary } from './summary.js';

/** Absolute paths of the files written. */
export interface ReportPaths {
  outputDir: string;
  runJson: string;
  sarif: string;
  summary: string;
  junit: string;
  /** Present when the GitLab reports were written; a security report only for a scan that ran. */
  gitlab?: {
    sast?: string;
    secretDetection?: string;
    dependencyScanning?: string;
    codeQuality: string;
    /** The run's outputs as variables for later jobs (artifacts:reports:dotenv). */
    dotenv: string;
  };
  /** Reports that could not be written (a full disk, a read-only directory), with why; absent when every one was. */
  failed?: Array<{ file: string; reason: string }>;
}

export const REPORT_FILES = {
  runJson: 'run.json',
  sarif: 'runlens.sarif',
  summary: 'summary.md',
  junit: 'junit.xml',
  gitlabSast: 'gl-sast-report.json',
  gitlabSecretDetection: 'gl-secret-detection-report.json',
  gitlabDependencyScanning: 'gl-dependency-scanning-report.json',
  gitlabCodeQuality: 'gl-code-quality-report.json',
  gitlabDotenv: 'runlens.env',
} as const;

/**
 * Writes run.json, runlens.sarif, summary.md, junit.xml and, with `gitlab`, the Code Quality report
 * and a gl-*.json security report for each scan that ran. What a report had to leave out to stay within platform limits is appended to
 * `run.notes` first, so run.json and the summary say so too.
 */
export async function writeReports(
  run: RunResult,
  opts: {
    outputDir: string;
    gitlab: boolean;
    /** Markdown appended to summary.md (e.g. the trace section). */
    summaryTail?: string;
    /** A mark of the written-files ledger taken when the run started: run.json lists every file written since (`files`). */
    since?: number;
  },
): Promise<ReportPaths> {
  const dir = path.resolve(opts.outputDir);
  const file = (name: string) => path.join(dir, name);
  const sarif = toSarif(run);
  for (const note of sarif.notes) if (!run.notes.includes(note)) run.notes.push(note);

  const paths: ReportPaths = {
    outputDir: dir,
    runJson: file(REPORT_FILES.runJson),
    sarif: file(REPORT_FILES.sarif),
    summary: file(REPORT_FILES.summary),
    junit: file(REPORT_FILES.junit),
  };
  // Each report on its own: one that cannot be written (disk full) costs that report, never the others.
  const failed: NonNullable<ReportPaths['failed']> = [];
  const atomicWriteFile = (target: string, data: string): Promise<void> =>
    writeAtomically(target, data).catch((err: unknown) => {
      failed.push({ file: target, reason: describeFsError(err) });
    });
  const writes: Array<Promise<void>> = [
    // Compact, as measured against the 10 MB gzipped upload limit.
    atomicWriteFile(paths.sarif, `${JSON.stringify(sarif.log)}\n`),
    atomicWriteFile(paths.summary, joinBlocks(renderSummary(run), opts.summaryTail)),
    atomicWriteFile(paths.junit, toJunitXml(run)),
  ];
  if (opts.gitlab) {
    // A security report says "this scan ran" (GitLab shows success and no vulnerabilities): none for a scan that did not.
    const ran = gitlabScansRan(run);
    const gl: NonNullable<ReportPaths['gitlab']> = {
      codeQuality: file(REPORT_FILES.gitlabCodeQuality),
      dotenv: file(REPORT_FILES.gitlabDotenv),
    };
    writes.push(atomicWriteFile(gl.codeQuality, json(toGitlabCodeQuality(run))));
    if (ran.has('sast')) writes.push(atomicWriteFile((gl.sast = file(REPORT_FILES.gitlabSast)), json(toGitlabSast(run))));
    if (ran.has('secret_detection'))
      writes.push(atomicWriteFile((gl.secretDetection = file(REPORT_FILES.gitlabSecretDetection)), json(toGitlabSecretDetection(run))));
    if (ran.has('dependency_scanning'))
      writes.push(
        atomicWriteFile((gl.dependencyScanning = file(REPORT_FILES.gitlabDependencyScanning)), json(toGitlabDependencyScanning(run))),
      );
    paths.gitlab = gl;
    writes.push(atomicWriteFile(gl.dotenv, toDotenv(actionOutputs(run, paths), run.workspace)));
  }
  await Promise.all(writes);
  if (failed.length > 0) {
    // The run did not deliver its reports: that fails it, and run.json (if it can be written) says why.
    for (const f of failed) run.notes.push(`could not write ${repoPath(run.workspace, f.file)}: ${f.reason}`);
    if (run.status !== 'cancelled') run.status = 'failed';
    run.exitCode = Math.max(run.exitCode, EXIT.failed);
  }
  if (opts.since !== undefined) {
    const files = writtenSince(opts.since).filter((f) => f !== paths.runJson && !failed.some((x) => x.file === f));
    run.files = (await describeFiles(files)).map((f) => ({ path: repoPath(run.workspace, f.file), bytes: f.bytes, sha256: f.sha256 }));
  }
  // Last, so a run.json on disk means every other report of this run is there too (run.json is not in its own `files`).
  await atomicWriteFile(paths.runJson, json(run));
  if (failed.some((f) => f.file === paths.runJson)) {
    run.status = run.status === 'cancelled' ? 'cancelled' : 'failed';
    run.exitCode = Math.max(run.exitCode, EXIT.failed);
  }
  if (failed.length > 0) paths.failed = failed;
  return paths;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
