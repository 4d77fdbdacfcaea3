// `uses: deps`: lockfiles → locked packages → advisories (offline database or OSV API) → findings,
// then the step's policy (scopes, only-direct, ignore, new-only, fail-on).
import path from 'node:path';
import { InputError, RunlensError } from '../../base/errors.js';
import { RUNLENS_VERSION } from '../../base/version.js';
import type { Finding } from '../../model/finding.js';
import { atLeast } from '../../model/severity.js';
import { inShard, type CheckContext, type StepOutcome } from '../check.js';
import { apiSource, offlineSource, packageKey, type AdvisorySource } from './advisories.js';
import { readBaseLockfiles } from './base-ref.js';
import { findingsFor, type PackageFindings } from './findings.js';
import { defaultCacheDir } from './osv/cache.js';
import { applyIgnores } from './ignore.js';
import { findLockfiles, readLockfile, type FoundLockfile } from './lockfiles/index.js';
import { advisoryName } from './match.js';
import type { DepsOptions } from './options.js';
import type { LockedPackage } from './package.js';
import { depsSummary } from './summary.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

interface Parsed {
  lockfiles: FoundLockfile[];
  packages: LockedPackage[];
  failures: string[];
  skipped: number;
}

async function readAll(ctx: CheckContext<DepsOptions>, found: FoundLockfile[]): Promise<Parsed> {
  const out: Parsed = { lockfiles: [], packages: [], failures: [], skipped: 0 };
  for (const lf of found) {
    try {
      const pkgs = await readLockfile(lf.path, lf.rel, lf.format, { onSkipped: () => void out.skipped++ });
      out.lockfiles.push(lf);
      out.packages.push(...pkgs);
      ctx.log(`deps: ${lf.rel} (${lf.format.id}): ${plural(pkgs.length, 'package')}`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      out.failures.push(`${err.message}`);
      ctx.log(`deps: ${err.message}`);
    }
  }
  return out;
}

function inPolicy(p: LockedPackage, o: DepsOptions): boolean {
  if (o['only-direct'] && p.direct === false) return false;
  if (p.scope && !o.scopes.includes(p.scope)) return false;
  return true;
}

async function openSource(ctx: CheckContext<DepsOptions>, packages: LockedPackage[]): Promise<AdvisorySource> {
  const o = ctx.options;
  if (o.source === 'osv-api') {
    return apiSource(packages, {
      baseUrl: o['api-url'],
      timeoutMs: o['api-timeout'],
      retries: o['api-retries'],
      concurrency: o['api-concurrency'],
      signal: ctx.signal,
      userAgent: `runlens/${RUNLENS_VERSION}`,
      log: (l) => ctx.log(l),
      ...(o['cache-dir'] !== undefined && { cacheDir: o['cache-dir'] }),
      cacheTtlMs: o['cache-ttl'],
      env: ctx.env,
      cwd: ctx.cwd,
    });
  }
  const cacheDir = o['cache-dir'] ? path.resolve(ctx.cwd, o['cache-dir']) : defaultCacheDir(ctx.env);
  return offlineSource(
    path.resolve(ctx.cwd, o.source),
    packages,
    o['cache-ttl'] > 0 ? { indexDir: path.join(cacheDir, 'offline-index') } : {},
  );
}

/** Findings the base commit already had: same package (any version) and an id in common. */
function knownAtBase(source: AdvisorySource, base: LockedPackage[], stepId: string, unknown: DepsOptions['unknown-severity']): Set<string> {
  const known = new Set<string>();
  for (const p of base) {
    for (const v of findingsFor(p, source.matches(p), { stepId, unknownSeverity: unknown }).vulnerabilities) {
      for (const id of v.ids) known.add(`${p.ecosystem}\0${advisoryName(p.ecosystem, p.name)}\0${id}`);
    }
  }
  return known;
}

export async function runDeps(ctx: CheckContext<DepsOptions>): Promise<StepOutcome> {
  const o = ctx.options;
  const started = performance.now();
  let found: FoundLockfile[];
  try {
    found = await ctx.phase('find lockfiles', () =>
      findLockfiles(ctx.workspace, {
        paths: o.paths.map((p) => path.resolve(ctx.cwd, p)),
        exclude: o.exclude,
        skipDirs: [ctx.outputDir],
        signal: ctx.signal,
      }),
    );
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { status: 'failed', error: err.message, findings: [], summary: `❌ ${err.message}` };
  }
  const anyFound = found.length > 0;
  // A sharded run reads this shard's lockfiles only.
  found = found.filter((lf) => inShard(ctx, lf.rel));
  if (found.length === 0) {
    return {
      findings: [],
      // A shard may own none of the lockfiles found; that is not "no lockfile".
      ...(anyFound ? {} : { warnings: [`no lockfile found under ${o.paths.join(', ')}: no dependencies were checked`] }),
      summary: depsSummary({ lockfiles: [], packageCounts: {}, vulnerable: [], failures: [], notes: [], ignored: [], knownFromBase: 0 }),
    };
  }
  const parsed = await ctx.phase('read lockfiles', () => readAll(ctx, found));
  const notes: string[] = [];
  // What the user must know although the step may pass: also shown by the engine as warnings.
  const warnings: string[] = [];
  if (parsed.skipped > 0)
    notes.push(
      `${plural(parsed.skipped, 'entry', 'entries')} without a pinned version (unpinned requirements, local paths) could not be checked.`,
    );
  const packages = parsed.packages.filter((p) => inPolicy(p, o));
  const outOfPolicy = parsed.packages.length - packages.length;
  if (outOfPolicy > 0) notes.push(`${plural(outOfPolicy, 'package')} left out by \`only-direct\`/\`scopes\`.`);

  // new-only: the base commit's packages are matched in the same pass.
  let base: LockedPackage[] | undefined;
  if (o['new-only']) {
    const sha = ctx.platform.baseSha;
    if (!sha) notes.push('`new-only` is on, but this is no pull/merge request: every finding is reported.');
    else {
      const b = await ctx.phase('read base lockfiles', () => readBaseLockfiles(ctx as CheckContext<unknown>, sha, parsed.lockfiles));
      if (b.unavailable) {
        notes.push(`\`new-only\` could not compare with the base: ${b.unavailable}; every finding is reported.`);
        warnings.push(`new-only could not compare with the base: ${b.unavailable}; every finding is reported`);
      } else base = b.packages.filter((p) => inPolicy(p, o));
    }
  }

  let source: AdvisorySource | undefined;
  if (packages.length > 0 || (base?.length ?? 0) > 0) {
    try {
      source = await ctx.phase('load advisories', () => openSource(ctx, [...packages, ...(base ?? [])]), { source: o.source });
    } catch (err) {
      if (!(err instanceof RunlensError)) throw err;
      ctx.log(`deps: ${err.message}`);
      return {
        status: 'failed',
        error: err.message,
        findings: [],
        summary: depsSummary({
          lockfiles: parsed.lockfiles.map((l) => l.rel),
          packageCounts: countByEcosystem(packages),
          vulnerable: [],
          failures: [...parsed.failures, err.message],
          notes,
          ignored: [],
          knownFromBase: 0,
        }),
      };
    }
    for (const p of source.problems.slice(0, 20)) ctx.log(`deps: skipped a database record: ${p}`);
    if (source.problems.length > 0) {
      notes.push(`${plural(source.problems.length, 'advisory record')} of the database could not be read (see the log).`);
      warnings.push(`${plural(source.problems.length, 'advisory record')} of the offline database could not be read`);
    }
  }

  // Each package occurrence once (a lockfile can list the same package twice, e.g. npm aliases).
  const seen = new Set<string>();
  let all: PackageFindings[] = [];
  for (const p of packages) {
    const k = `${p.lockfile}\0${p.line}\0${packageKey(p)}`;
    if (seen.has(k) || !source) continue;
    seen.add(k);
    const pf = findingsFor(p, source.matches(p), { stepId: ctx.stepId, unknownSeverity: o['unknown-severity'] });
    if (pf.findings.length > 0) all.push(pf);
  }

  let knownFromBase = 0;
  if (base && source) {
    const known = knownAtBase(source, base, ctx.stepId, o['unknown-severity']);
    all = all
      .map((pf) => {
        const fresh = pf.findings.filter((f) => {
          const ids = [f.ruleId, ...((f.properties?.aliases as string[] | undefined) ?? [])];
          const old = ids.some((id) => known.has(`${pf.pkg.ecosystem}\0${advisoryName(pf.pkg.ecosystem, pf.pkg.name)}\0${id}`));
          if (old) knownFromBase++;
          return !old;
        });
        return { ...pf, findings: fresh };
      })
      .filter((pf) => pf.findings.length > 0);
  }

  const ign = applyIgnores(
    all.flatMap((pf) => pf.findings),
    o.ignore,
  );
  notes.push(...ign.expired.map((e) => `⚠️ ${e}.`));
  const kept = new Set<Finding>(ign.kept);
  const vulnerable = all.map((pf) => ({ ...pf, findings: pf.findings.filter((f) => kept.has(f)) })).filter((pf) => pf.findings.length > 0);
  const findings = vulnerable.flatMap((pf) => pf.findings);

  const ms = Math.round(performance.now() - started);
  ctx.log(
    `deps: ${plural(parsed.lockfiles.length, 'lockfile')}, ${plural(packages.length, 'package')}${source ? ` checked against ${source.description}` : ''}: ` +
      `${plural(vulnerable.length, 'vulnerable package')}, ${plural(findings.length, 'finding')}` +
      `${ign.ignored.length ? `, ${ign.ignored.length} ignored` : ''}${knownFromBase ? `, ${knownFromBase} already in the base` : ''}${source?.withdrawn ? `, ${source.withdrawn} withdrawn advisories skipped` : ''} (${ms} ms)`,
  );
  for (const i of ign.ignored) ctx.log(`deps: ignored ${i.finding.ruleId} in ${String(i.finding.properties?.package)}: ${i.reason}`);

  const outcome: StepOutcome = {
    findings,
    ...(warnings.length + ign.expired.length > 0 && { warnings: [...warnings, ...ign.expired] }),
    summary: depsSummary({
      lockfiles: parsed.lockfiles.map((l) => l.rel),
      packageCounts: countByEcosystem(packages),
      ...(source && { source: source.description }),
      vulnerable,
      failures: parsed.failures,
      notes,
      ignored: ign.ignored.map((i) => ({
        id: i.finding.ruleId,
        pkg: `${String(i.finding.properties?.package)}@${String(i.finding.properties?.version)}`,
        reason: i.reason,
      })),
      knownFromBase,
    }),
  };
  const problems: string[] = [];
  if (parsed.failures.length > 0) {
    problems.push(
      parsed.failures.length === 1
        ? `a lockfile could not be read: ${parsed.failures[0]}`
        : `${parsed.failures.length} lockfiles could not be read: ${parsed.failures.join('; ')}`,
    );
  }
  const threshold = o['fail-on'];
  if (threshold) {
    const blocking = findings.filter((f) => atLeast(f.severity, threshold));
    if (blocking.length > 0)
      problems.push(
        `${plural(blocking.length, 'vulnerability', 'vulnerabilities')} at or above this step's fail-on threshold (${threshold})`,
      );
  }
  if (problems.length > 0) {
    outcome.status = 'failed';
    outcome.error = problems.join('; ');
  }
  return outcome;
}

function countByEcosystem(packages: LockedPackage[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of packages) out[p.ecosystem] = (out[p.ecosystem] ?? 0) + 1;
  return out;
}
