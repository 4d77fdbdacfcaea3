// When runlens cannot start — a configuration or usage error (exit 2) — nothing ran, but the job still
// needs its reports: the documented `if: always()` upload step reads the `sarif` output, GitLab loses a
// job's artifacts when a declared report is missing, and a reader of the run page looks for the reason.
// Written here: a SARIF log with one runlens run that did not execute (valid, and accepted by code
// scanning: it carries one run, under a category of its own, so no alert of a real tool is closed),
// JUnit with the error as a failed case, the GitLab reports (no vulnerabilities, scan status failure),
// a short summary, and annotations at the file, line and column of each problem.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { atomicWriteFile } from '../base/atomic-write.js';
import { ConfigError, type ConfigIssue, type RunlensError } from '../base/errors.js';
import { escapeMarkdown } from '../base/markdown.js';
import { repoRelative } from '../base/repo-path.js';
import { REPOSITORY_URL, RUNLENS_VERSION } from '../base/version.js';
import type { Annotation } from '../model/annotation.js';
import type { PlatformInfo, RunResult } from '../model/result.js';
import { RUN_RESULT_VERSION } from '../model/result.js';
import { toGitlabCodeQuality, toGitlabDependencyScanning, toGitlabSast, toGitlabSecretDetection } from './gitlab.js';
import { toDotenv } from './outputs.js';
import { REPORT_FILES } from './write-reports.js';

export interface StartupErrorContext {
  /** Absolute; where the run started (config issue files are relative to it). */
  workspace: string;
  /** Absolute repository root. */
  root: string;
  /** Absolute. */
  outputDir: string;
  platform: PlatformInfo;
  /** Write the GitLab reports too. */
  gitlab: boolean;
  /** The run's redactor: error text can quote a line of runlens.yml or a value given, which may be a secret. */
  redact?: (text: string) => string;
}

/** One problem, located in the repository when it is at a line of a file there. */
export interface StartupProblem {
  message: string;
  /** Repository-relative. */
  file?: string;
  line?: number;
  column?: number;
}

export interface StartupErrorReports {
  problems: StartupProblem[];
  paths: { outputDir: string; sarif: string; summary: string; junit: string; gitlab?: Record<string, string> };
  summary: string;
  annotations: Annotation[];
  outputs: Record<string, string>;
}

export function startupProblems(err: RunlensError, workspace: string, root: string): StartupProblem[] {
  if (!(err instanceof ConfigError)) return [{ message: err.message }];
  return err.issues.map((i) => problemOf(i, workspace, root));
}

function problemOf(i: ConfigIssue, workspace: string, root: string): StartupProblem {
  const path_ = i.path ? `${i.path}: ` : '';
  const hint = i.suggestion ? ` (did you mean "${i.suggestion}"?)` : '';
  const message = `${path_}${i.message}${hint}`;
  // Only a position in a real file can be annotated; an input, a flag or a variable has no line.
  const file = i.line !== undefined ? repoRelative(root, path.resolve(workspace, i.file)) : undefined;
  if (!file)
    return { message: `${i.file}${i.line !== undefined ? `:${i.line}${i.column !== undefined ? `:${i.column}` : ''}` : ''}: ${message}` };
  return { message, file, line: i.line, ...(i.column !== undefined ? { column: i.column } : {}) };
}

export async function writeStartupErrorReports(err: RunlensError, ctx: StartupErrorContext): Promise<StartupErrorReports> {
  const redact = ctx.redact ?? ((text: string) => text);
  const problems = startupProblems(err, ctx.workspace, ctx.root).map((p) => ({ ...p, message: redact(p.message) }));
  const file = (name: string) => path.join(ctx.outputDir, name);
  const paths: StartupErrorReports['paths'] = {
    outputDir: ctx.outputDir,
    sarif: file(REPORT_FILES.sarif),
    summary: file(REPORT_FILES.summary),
    junit: file(REPORT_FILES.junit),
  };
  const summary = startupSummary(problems);
  const writes = [
    atomicWriteFile(paths.sarif, `${JSON.stringify(startupSarif(problems, ctx))}\n`),
    atomicWriteFile(paths.summary, summary),
    atomicWriteFile(paths.junit, startupJunit(problems)),
  ];
  if (ctx.gitlab) {
    const run = emptyRun(ctx, problems);
    const failed = <T extends { scan: { status: string } }>(r: T): T => ({ ...r, scan: { ...r.scan, status: 'failure' } });
    paths.gitlab = {
      sast: file(REPORT_FILES.gitlabSast),
      secretDetection: file(REPORT_FILES.gitlabSecretDetection),
      dependencyScanning: file(REPORT_FILES.gitlabDependencyScanning),
      codeQuality: file(REPORT_FILES.gitlabCodeQuality),
      dotenv: file(REPORT_FILES.gitlabDotenv),
    };
    writes.push(
      atomicWriteFile(paths.gitlab.sast!, json(failed(toGitlabSast(run)))),
      atomicWriteFile(paths.gitlab.secretDetection!, json(failed(toGitlabSecretDetection(run)))),
      atomicWriteFile(paths.gitlab.dependencyScanning!, json(failed(toGitlabDependencyScanning(run)))),
      atomicWriteFile(paths.gitlab.codeQuality!, json(toGitlabCodeQuality(run))),
    );
  }
  const outputs = startupOutputs(paths);
  if (paths.gitlab) writes.push(atomicWriteFile(paths.gitlab.dotenv!, toDotenv(outputs, ctx.root)));
  await Promise.all(writes);
  return {
    problems,
    paths,
    summary,
    annotations: problems.map((p) => ({
      level: 'error' as const,
      title: 'runlens: configuration error',
      message: p.message,
      ...(p.file ? { file: p.file, startLine: p.line, ...(p.column !== undefined ? { startColumn: p.column } : {}) } : {}),
    })),
    outputs,
  };
}

/** The action's outputs when nothing ran: `result=error`, exit code 2, no findings, and report paths that exist. */
function startupOutputs(paths: StartupErrorReports['paths']): Record<string, string> {
  return {
    result: 'error',
    'exit-code': '2',
    findings: '0',
    critical: '0',
    high: '0',
    medium: '0',
    low: '0',
    note: '0',
    'failed-steps': '',
    sarif: paths.sarif,
    summary: paths.summary,
    junit: paths.junit,
  };
}

/** `packages/app/runlens.yml:6:14` */
function position(p: StartupProblem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.line !== undefined && p.column !== undefined ? `:${p.column}` : ''}`;
}

export function startupSummary(problems: StartupProblem[]): string {
  const items = problems.map((p) => {
    const where = p.file ? `\`${position(p)}\` ` : '';
    return `- ${where}${escapeMarkdown(p.message, 2000)}`;
  });
  return [
    '## ❌ runlens did not run: configuration error',
    '',
    'Nothing ran: fix the configuration (or the input or flag named below) and run again. `runlens validate` checks it locally.',
    '',
    ...items,
    '',
  ].join('\n');
}

function startupSarif(problems: StartupProblem[], ctx: StartupErrorContext): Sarif.Log {
  const href = pathToFileURL(ctx.root).href;
  const rootUri = href.endsWith('/') ? href : `${href}/`;
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'runlens', version: RUNLENS_VERSION, informationUri: REPOSITORY_URL, rules: [] } },
        // A category no real tool's analysis uses: uploading it closes no alert.
        automationDetails: { id: `runlens/configuration/${ctx.platform.job ?? 'job'}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        results: [],
        invocations: [
          {
            executionSuccessful: false,
            toolConfigurationNotifications: problems.map((p) => ({
              level: 'error' as const,
              message: { text: p.message },
              ...(p.file
                ? {
                    locations: [
                      {
                        physicalLocation: {
                          artifactLocation: { uri: p.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                          region: { startLine: p.line ?? 1, ...(p.column !== undefined ? { startColumn: p.column } : {}) },
                        },
                      },
                    ],
                  }
                : {}),
            })),
          },
        ],
      },
    ],
  };
}

function startupJunit(problems: StartupProblem[]): string {
  const text = problems.map((p) => `${p.file ? `${position(p)}: ` : ''}${p.message}`).join('\n');
  const first = text.split('\n', 1)[0] ?? '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites name="runlens" tests="1" failures="0" errors="1" skipped="0" time="0.000">',
    '  <testsuite name="runlens" tests="1" failures="0" errors="1" skipped="0" time="0.000">',
    '    <testcase classname="runlens" name="configuration" time="0.000">',
    `      <error message="${xml(first).replace(/"/g, '&quot;')}" type="ConfigError">${xml(text)}</error>`,
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** A RunResult with nothing in it, for the GitLab writers. */
function emptyRun(ctx: StartupErrorContext, problems: StartupProblem[]): RunResult {
  const now = new Date().toISOString();
  return {
    version: RUN_RESULT_VERSION,
    runlensVersion: RUNLENS_VERSION,
    name: 'runlens',
    status: 'failed',
    startedAt: now,
    finishedAt: now,
    durationMs: 0,
    workspace: ctx.root,
    outputDir: ctx.outputDir,
    dryRun: false,
    platform: ctx.platform,
    steps: [],
    counts: { critical: 0, high: 0, medium: 0, low: 0, note: 0, total: 0 },
    gate: { failOn: 'high', passed: false, reason: 'Not evaluated: the configuration has errors.' },
    exitCode: 2,
    notes: problems.map((p) => p.message),
  };
}

// Terminal colour codes and C0 controls are not allowed in XML 1.0.
function xml(s: string): string {
  return s
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
