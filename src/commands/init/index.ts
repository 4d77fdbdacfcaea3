// `runlens init`: detect what the repository is, plan runlens.yml and the CI wiring, say why, and write (or print) it.
// `runlens init --template NAME` scaffolds a pipeline template instead of detecting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../base/errors.js';
import { githubWorkflow, gitlabCi, type CiOptions } from './ci.js';
import { planPipeline } from './pipeline.js';
import { readRepo } from './repo.js';
import { RULES } from './rules/index.js';
import { findTemplate, templateFiles } from './templates.js';
import type { Detection } from './types.js';
import { fileStatus, writeFiles, type PlannedFile, type WrittenFile } from './write.js';

export interface InitOptions {
  workspace: string;
  env: Record<string, string | undefined>;
  template?: string;
  lang?: string;
  force: boolean;
  dryRun: boolean;
  /** Ask before writing (a TTY, no --yes, no --dry-run). */
  interactive: boolean;
  offline: boolean;
  osvDb?: string;
  uploadSarif: boolean;
  log: (line: string) => void;
}

export interface InitResult {
  detections: Detection[];
  files: WrittenFile[];
}

export const WORKFLOW_PATH = '.github/workflows/runlens.yml';
export const GITLAB_PATH = '.gitlab-ci.yml';

export function detect(workspace: string, env: Record<string, string | undefined>, offline: boolean): Detection[] {
  const repo = readRepo(workspace, env);
  return RULES.map((r) => r.detect(repo, { offline })).filter((d): d is Detection => Boolean(d));
}

function defaultBranch(workspace: string): string {
  try {
    return /^ref: refs\/heads\/(.+)$/m.exec(readFileSync(path.join(workspace, '.git', 'HEAD'), 'utf8'))?.[1]?.trim() ?? 'main';
  } catch {
    return 'main';
  }
}

export async function init(o: InitOptions): Promise<InitResult> {
  if (o.lang && !o.template)
    throw new UsageError('--lang picks the language of a template: use it with --template (see `runlens templates`)');
  const log = o.log;
  let files: PlannedFile[];
  let detections: Detection[] = [];
  let ci: CiOptions;
  if (o.template) {
    const { template, lang } = findTemplate(o.template, o.lang, undefined);
    files = templateFiles(template, lang);
    log(`template ${template.name} (${lang}): ${template.description}`);
    ci = { uploadSarif: o.uploadSarif, githubSetup: [], gitlabSetup: [], defaultBranch: defaultBranch(o.workspace) };
  } else {
    detections = detect(o.workspace, o.env, o.offline);
    const repo = readRepo(o.workspace, o.env);
    const pipeline = planPipeline(repo, detections, { offline: o.offline, osvDb: o.osvDb });
    log('Found:');
    if (!detections.length) log('  nothing runlens recognises (no package manager, test runner or linter config)');
    for (const d of detections) log(`  ${d.rule.padEnd(13)} ${d.found}   [${d.evidence.join(', ')}]`);
    log('Chose:');
    for (const c of pipeline.choices) log(`  ${c.what.padEnd(13)} ${c.why}`);
    if (pipeline.notes.length) {
      log('Not wired (do it yourself, or re-run init once done):');
      for (const n of pipeline.notes) log(`  - ${n}`);
    }
    files = [{ path: 'runlens.yml', content: pipeline.yaml }];
    const setup = (k: 'githubSetup' | 'gitlabSetup') => [...new Set(detections.flatMap((d) => d[k] ?? []))];
    ci = {
      uploadSarif: o.uploadSarif,
      githubSetup: setup('githubSetup'),
      gitlabSetup: setup('gitlabSetup'),
      defaultBranch: defaultBranch(o.workspace),
    };
  }
  if (!files.some((f) => f.path === WORKFLOW_PATH)) files.push({ path: WORKFLOW_PATH, content: githubWorkflow(ci) });
  if (!files.some((f) => f.path === GITLAB_PATH)) files.push({ path: GITLAB_PATH, content: gitlabCi(ci) });
  log(
    o.uploadSarif
      ? 'GitHub: SARIF goes to code scanning (security-events: write); pull-requests: write for the summary comment.'
      : 'GitHub: permissions contents: read + pull-requests: write (summary comment); --upload-sarif adds code scanning (security-events: write).',
  );

  const opts = { force: o.force, dryRun: o.dryRun };
  if (o.dryRun) {
    for (const f of files) {
      const status = fileStatus(o.workspace, f, opts);
      log(`\n--- ${f.path} (${status}) ---`);
      log(f.content.trimEnd());
    }
    return { detections, files: files.map((f) => ({ ...f, status: fileStatus(o.workspace, f, opts) })) };
  }
  if (o.interactive) {
    const pending = files.filter((f) => ['created', 'overwritten'].includes(fileStatus(o.workspace, f, opts)));
    if (pending.length) {
      const { confirm } = await import('@inquirer/prompts');
      const ok = await confirm({ message: `Write ${pending.map((f) => f.path).join(', ')}?`, default: true }).catch((err: unknown) => {
        // Ctrl-C at the question is an answer, not a crash.
        if (err instanceof Error && err.name === 'ExitPromptError') return false;
        throw err;
      });
      if (!ok) throw new UsageError('nothing written (answered no); --dry-run shows the files');
    }
  }
  const written = await writeFiles(o.workspace, files, opts);
  for (const f of written) {
    const hint =
      f.status === 'kept'
        ? ` — exists and differs: kept it (--force overwrites, --dry-run shows the new one)${f.path === GITLAB_PATH ? `; or add the runlens job by hand:\n${gitlabCi(ci)}` : ''}`
        : '';
    log(`${f.status.padEnd(11)} ${f.path}${hint}`);
  }
  if (written.some((f) => f.path === 'runlens.yml' && f.status !== 'kept'))
    log('Next: `runlens run` runs the pipeline here; commit the files to run it in CI.');
  return { detections, files: written };
}
