// `uses: semgrep`: the real semgrep CLI, run with an argv (never a shell); its JSON read into findings.
// Pass/fail is runlens's verdict from that JSON (`results`, `errors`), with the exit code only explaining it.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ToolNotFoundError } from '../../base/errors.js';
import { repoPath } from '../../base/repo-path.js';
import { pathEscape, realPathEscape } from '../../base/workspace-path.js';
import { recordWrite } from '../../base/written-files.js';
import type { ToolRun } from '../../model/result.js';
import { inShard, type CheckContext, type ExecResult, type StepOutcome } from '../check.js';
import { baselineRef, prepareBaseline } from './baseline.js';
import { describeExit } from './exit-codes.js';
import { toFindings } from './findings.js';
import { ensureSemgrep } from './install.js';
import type { SemgrepOptions } from './options.js';
import { describeError, parseSemgrepOutput, type SemgrepError } from './output.js';
import { shardTargets } from './shard.js';

export const SEMGREP_TOOL = { name: 'semgrep', informationUri: 'https://semgrep.dev/' } as const;

/** Registry configs semgrep downloads (`p/python`, `r/…`, `auto`, a URL), as opposed to local files. */
const REGISTRY = /^(auto|(p|r|s|c|ruleset|policy)\/\S+|https?:\/\/\S+)$/;

/** How many of semgrep's non-fatal errors the summary lists (all of them go to the log). */
const SUMMARY_NOTES = 20;

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function tools(version: string | undefined): ToolRun[] {
  return [{ ...SEMGREP_TOOL, ...(version ? { version } : {}), category: 'sast' }];
}

function failed(error: string, version?: string): StepOutcome {
  return { status: 'failed', error, findings: [], tools: tools(version) };
}

/** The last lines of stderr that say something (Python tracebacks end with the exception). */
function stderrTail(stderr: string): string | undefined {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^[•◦─━┌└│]/.test(l));
  return lines.length ? lines.slice(-2).join(' / ').slice(0, 500) : undefined;
}

export async function runSemgrep(ctx: CheckContext<SemgrepOptions>): Promise<StepOutcome> {
  const o = ctx.options;
  const shown = (p: string): string => repoPath(ctx.workspace, path.resolve(ctx.cwd, p));

  const configs: string[] = [];
  const registry: string[] = [];
  for (const [i, c] of o.config.entries()) {
    if (await exists(path.resolve(ctx.cwd, c))) configs.push(c);
    else if (REGISTRY.test(c)) {
      configs.push(c);
      registry.push(c);
    } else {
      return failed(
        `${ctx.where(['config', i])}: semgrep config "${c}" does not exist (looked for ${shown(c)}); name a rule file or directory relative to the step's working directory, or a registry id like p/python`,
      );
    }
  }
  for (const [i, p] of o.paths.entries()) {
    if (!(await exists(path.resolve(ctx.cwd, p))))
      return failed(`${ctx.where(['paths', i])}: semgrep path "${p}" does not exist (looked for ${shown(p)})`);
  }

  const argv = ['scan', '--metrics=off', '--json', '--disable-version-check'];
  for (const c of configs) argv.push(`--config=${c}`);
  for (const g of o.include) argv.push(`--include=${g}`);
  for (const g of o.exclude) argv.push(`--exclude=${g}`);
  if (o.jobs !== undefined) argv.push(`--jobs=${o.jobs}`);
  if (o.timeout !== undefined) argv.push(`--timeout=${o.timeout}`);
  if (o['max-target-bytes'] !== undefined) argv.push(`--max-target-bytes=${o['max-target-bytes']}`);

  let baselineNote: string | undefined;
  const ref = baselineRef(o['baseline-ref'], ctx.platform);
  if (ref !== undefined) {
    const baseline = await ctx.phase('baseline', () => prepareBaseline(ref, ctx.exec, ctx.platform), { ref });
    if ('error' in baseline) return failed(baseline.error);
    argv.push(`--baseline-commit=${baseline.commit}`);
    baselineNote = `Diff-aware: only findings new since ${baseline.commit.slice(0, 12)}${ref !== baseline.commit ? ` (${ref})` : ''}.`;
    if (baseline.note) ctx.log(`semgrep: ${baseline.note}`);
  }

  let sarifFile: string | undefined;
  if (o['sarif-output'] !== undefined) {
    sarifFile = path.resolve(ctx.cwd, o['sarif-output']);
    // The plan refused a path leading out of the workspace; a symlink out of it is seen only now.
    const escape = pathEscape(ctx.workspace, ctx.cwd, o['sarif-output']) ?? realPathEscape(ctx.workspace, sarifFile);
    if (escape) return failed(`sarif-output "${o['sarif-output']}" is refused: ${escape}; semgrep writes only inside the workspace`);
    await mkdir(path.dirname(sarifFile), { recursive: true });
    argv.push(`--sarif-output=${sarifFile}`);
  }
  argv.push(...o['extra-args']);

  const program =
    o.install === 'auto' ? await ctx.phase('install', () => ensureSemgrep(ctx as CheckContext<unknown>, o.version)) : 'semgrep';
  const semgrep = async (args: string[]): Promise<ExecResult> => {
    try {
      return await ctx.exec([program, ...args], { stdout: 'capture', stderr: 'capture' });
    } catch (err) {
      if (err instanceof ToolNotFoundError) {
        throw new ToolNotFoundError(err.tool, `${err.installHint}, or set \`install: auto\` on the step to have runlens install it`);
      }
      throw err;
    }
  };

  let targets = o.paths;
  if (ctx.shard && ctx.shard.total > 1) {
    // Only what decides which files semgrep scans: the configs (their languages), include/exclude, size, flags.
    const select = argv.filter((a) => /^--(config|include|exclude|max-target-bytes)=/.test(a)).concat(o['extra-args']);
    const share = await ctx.phase('shard', () => shardTargets(ctx as CheckContext<unknown>, semgrep, select, o.paths));
    if ('fallback' in share) {
      ctx.log(`semgrep: ${share.fallback}; this shard scans everything and keeps the findings in its own files`);
    } else {
      ctx.log(`semgrep: shard ${ctx.shard.index}/${ctx.shard.total}: ${plural(share.files.length, 'file')} of ${share.of}`);
      if (share.files.length === 0) return { findings: [], summary: "No files are this shard's to scan.", tools: tools(undefined) };
      targets = share.files;
    }
  }
  // Targets after `--`, so a path can never be read as a flag.
  argv.push('--', ...targets);

  ctx.log(`semgrep: ${[path.basename(program), ...argv].join(' ')}`);
  const r = await ctx.phase('scan', () => semgrep(argv));
  for (const line of r.stderr.split(/\r?\n/)) if (line.trim() !== '') ctx.log(line.trimEnd());

  if (r.status === 'timed-out' || r.status === 'cancelled') {
    return failed(r.error ?? `semgrep did not finish (${r.status})`);
  }
  const parsed = parseSemgrepOutput(r.stdout);
  if ('problem' in parsed) {
    const tail = stderrTail(r.stderr);
    const offline =
      registry.length > 0 && /resolve|ConnectionError|Max retries|Network is unreachable|timed out/i.test(r.stderr)
        ? ` Registry configs (${registry.join(', ')}) are downloaded from semgrep.dev, which could not be reached: use local rule files, or allow the download.`
        : '';
    return failed(`${describeExit(r.exitCode, r.signal)}; ${parsed.problem}${tail ? ` — semgrep said: ${tail}` : ''}.${offline}`);
  }

  const version = parsed.version;
  const local = (text: string): string => text.split(`${ctx.workspace}${path.sep}`).join('');
  const fatal: SemgrepError[] = parsed.errors.filter((e) => (e.level ?? 'error') === 'error');
  const notes = parsed.errors.filter((e) => (e.level ?? 'error') !== 'error').map((e) => local(describeError(e)));
  for (const n of notes) ctx.log(`semgrep: note: ${n}`);
  if (parsed.malformed > 0)
    notes.push(`${plural(parsed.malformed, 'result')} in semgrep's output had no rule, path or position and were left out`);

  const mapped = await ctx.phase('findings', () =>
    toFindings(parsed.results, {
      stepId: ctx.stepId,
      cwd: ctx.cwd,
      workspace: ctx.workspace,
      ...(version ? { toolVersion: version } : {}),
      mask: (v) => ctx.mask(v),
    }),
  );
  // A shard keeps the findings in its own files (all of them, unless the target list could not be had).
  const findings = ctx.shard ? mapped.filter((f) => !f.location || inShard(ctx, f.location.path)) : mapped;
  ctx.log(
    `semgrep ${version ?? '(unknown version)'}: ${plural(parsed.scanned, 'file')} scanned, ${plural(findings.length, 'finding')}` +
      `${fatal.length ? `, ${plural(fatal.length, 'error')}` : ''}${notes.length ? `, ${plural(notes.length, 'note')}` : ''}`,
  );

  const artifacts: string[] = [];
  if (sarifFile && (await exists(sarifFile))) {
    artifacts.push(repoPath(ctx.workspace, sarifFile));
    // semgrep wrote it, at runlens's bidding: it belongs in run.json `files`.
    recordWrite(sarifFile);
  }

  const lines: string[] = [
    `Ran semgrep ${version ?? ''} (${o.config.join(', ')}) on ${plural(parsed.scanned, 'file')}: ${findings.length === 0 ? 'no findings' : `**${plural(findings.length, 'finding')}**`}.`,
  ];
  if (baselineNote) lines.push(baselineNote);
  if (notes.length) {
    const shownNotes = notes.slice(0, SUMMARY_NOTES).map((n) => `- ${n}`);
    if (notes.length > SUMMARY_NOTES) shownNotes.push(`- … and ${notes.length - SUMMARY_NOTES} more (in the step log)`);
    lines.push(`semgrep notes (files or rules not fully scanned):\n\n${shownNotes.join('\n')}`);
  }

  // The verdict: semgrep could do its job only if it reported no error-level problem and exited as a
  // completed scan does (0, or 1 for findings under --error).
  const completed = r.exitCode === 0 || r.exitCode === 1;
  if (fatal.length > 0 || !completed) {
    const why = fatal.length ? fatal.map((e) => local(describeError(e))).join('; ') : 'it reported no error in its output';
    const error = `${describeExit(r.exitCode, r.signal)} — ${why}`;
    lines.push(`**semgrep failed:** ${error}`);
    return { status: 'failed', error, findings, artifacts, summary: lines.join('\n\n'), tools: tools(version) };
  }
  const warnings: string[] = [];
  if (parsed.scanned === 0 && !ctx.shard) warnings.push('semgrep scanned no files: check `paths`, `include`, `exclude` and .semgrepignore');
  if (notes.length) {
    warnings.push(`semgrep could not fully scan everything (${plural(notes.length, 'note')}, listed in the step summary and log)`);
  }
  return { findings, artifacts, summary: lines.join('\n\n'), tools: tools(version), ...(warnings.length ? { warnings } : {}) };
}
