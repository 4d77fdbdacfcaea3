// `uses: secrets`: credentials in the working tree and in the commits a pull/merge request adds.
import path from 'node:path';
import { inShard, type CheckContext, type StepOutcome } from '../check.js';
import { atomicWriteFile } from '../../base/atomic-write.js';
import { repoPath } from '../../base/repo-path.js';
import { baselineOf } from './baseline.js';
import type { SecretsOptions } from './options.js';
import { scanSecrets, type SecretScanResult } from './scan.js';

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The step's own lines in the job summary; the findings themselves are rendered by the reporters. */
function summaryOf(r: SecretScanResult, maxFileSize: number, baselineArtifact: string): string {
  const s = r.stats;
  const lines: string[] = [];
  const scope = [`${plural(s.files, 'file')} (${mb(s.bytes)})`];
  if (s.range) scope.push(`${plural(s.commits, 'commit')} of ${s.range}`);
  lines.push(
    `Scanned ${scope.join(' and ')} with ${plural(s.rules, 'rule')} in ${(s.durationMs / 1000).toFixed(2)} s${s.workers > 0 ? ` on ${plural(s.workers, 'worker thread')}` : ''}.`,
  );
  const known = r.baselined > 0 ? ` (${r.baselined} more known in the baseline, not reported)` : '';
  lines.push(r.findings.length === 0 ? `No new secrets${known}.` : `**${plural(r.findings.length, 'secret')} found**${known}.`);
  const skipped: string[] = [];
  if (s.binary) skipped.push(`${s.binary} binary`);
  if (s.tooLarge) skipped.push(`${s.tooLarge} larger than ${mb(maxFileSize)}`);
  if (s.unreadable) skipped.push(`${s.unreadable} unreadable`);
  if (s.ignored) skipped.push(`${s.ignored} ignored by .gitignore`);
  if (s.symlinksInside + s.symlinksOutside > 0)
    skipped.push(`${s.symlinksInside + s.symlinksOutside} symlinks (${s.symlinksOutside} leaving the repository)`);
  if (skipped.length > 0) lines.push(`Skipped: ${skipped.join(', ')}.`);
  if (s.historySkipped) lines.push(`⚠️ History not scanned: ${s.historySkipped}.`);
  for (const n of r.notes) lines.push(`Note: ${n}.`);
  if (r.all.length > 0) lines.push(`To accept the current secrets as known, commit \`${baselineArtifact}\` and set \`baseline:\` to it.`);
  return lines.join('\n\n');
}

/** A pass that proves nothing: said in the log, the summary and run.json, never silent. */
function nothingScanned(r: SecretScanResult, paths: readonly string[]): string {
  const s = r.stats;
  const skipped = [
    s.ignored ? `${s.ignored} ignored by .gitignore` : '',
    s.binary ? `${s.binary} binary` : '',
    s.tooLarge ? `${s.tooLarge} too large` : '',
    s.unreadable ? `${s.unreadable} unreadable` : '',
  ].filter(Boolean);
  return (
    `the secret scan scanned 0 files of the working tree (paths: ${paths.map((p) => JSON.stringify(p)).join(', ')}` +
    `${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}), so its pass proves nothing; check \`paths:\` and the allowlist`
  );
}

export async function runSecrets(ctx: CheckContext<SecretsOptions>): Promise<StepOutcome> {
  const result = await scanSecrets({
    stepId: ctx.stepId,
    workspace: ctx.workspace,
    cwd: ctx.cwd,
    options: ctx.options,
    platform: ctx.platform,
    signal: ctx.signal,
    skipDirs: [ctx.outputDir],
    log: (line) => ctx.log(line),
    mask: (value) => ctx.mask(value),
    where: (optionPath) => ctx.where(optionPath),
    phase: (name, fn, attributes) => ctx.phase(name, fn, attributes),
    ...(ctx.shard ? { keep: (rel: string) => inShard(ctx, rel) } : {}),
  });
  const s = result.stats;
  ctx.log(
    `secrets: ${s.files} files (${mb(s.bytes)})${s.range ? `, ${s.commits} commits` : ''}, ${s.rules} rules, ${s.durationMs} ms: ` +
      `${result.findings.length} findings${result.baselined ? `, ${result.baselined} in the baseline` : ''}`,
  );
  for (const n of result.notes) ctx.log(`secrets: ${n}`);
  // A shard may own none of the files; only the merged run can say nothing was scanned.
  const warnings = ctx.options.tree && s.files === 0 && !ctx.shard ? [nothingScanned(result, ctx.options.paths)] : [];

  // Fingerprints only: a file to commit as `baseline:` when these secrets are accepted as known.
  const baselineFile = path.join(ctx.outputDir, 'secrets', `${ctx.stepId}.baseline.json`);
  await atomicWriteFile(baselineFile, `${JSON.stringify(baselineOf(result.all), null, 2)}\n`);
  const artifact = repoPath(ctx.workspace, baselineFile);

  return {
    findings: result.findings,
    artifacts: [artifact],
    summary: [...warnings.map((w) => `⚠️ ${w}`), summaryOf(result, ctx.options['max-file-size'], artifact)].join('\n\n'),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
