// From detections to runlens.yml: build → test → lint per ecosystem, then the scans the registry offers.
import path from 'node:path';
import { dump } from 'js-yaml';
import { findCheck } from '../../checks/registry.js';
import type { Detection, Repo, StepSpec } from './types.js';

export interface PipelineOptions {
  offline: boolean;
  /** An offline OSV database directory for the deps step (osv-scanner layout or OSV JSON files). */
  osvDb?: string;
}

export interface Choice {
  what: string;
  why: string;
}

export interface Pipeline {
  /** runlens.yml as YAML text. */
  yaml: string;
  steps: Record<string, StepSpec>;
  choices: Choice[];
  notes: string[];
}

/** Folders each ecosystem fills at build time that no scan should read. */
const BUILD_OUTPUT: Record<string, string> = { node: 'node_modules/**', python: '.venv/**', rust: 'target/**', java: 'target/**' };

/** The scan kinds init wires, as the registry names them (a kind missing from it is left out). */
function kind(name: string): string | undefined {
  return findCheck(name)?.kind;
}

/** The repository's name: its origin remote's last path segment, else the folder's name. */
function repositoryName(repo: Repo): string {
  const url = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(repo.read('.git/config') ?? '')?.[1];
  const fromUrl = url
    ?.replace(/\.git$/, '')
    .split(/[/:]/)
    .pop();
  return fromUrl || path.basename(repo.root);
}

export function planPipeline(repo: Repo, detections: readonly Detection[], opts: PipelineOptions): Pipeline {
  const steps: Record<string, StepSpec> = {};
  const choices: Choice[] = [];
  const notes = detections.flatMap((d) => d.notes ?? []);
  const ecosystems = detections.filter((d) => d.ecosystem);
  const suffix = (eco: string) => (ecosystems.length > 1 ? `-${eco}` : '');
  for (const d of ecosystems) {
    const eco = d.ecosystem!;
    const buildId = d.steps?.some((s) => s.stage === 'build') ? `build${suffix(eco)}` : undefined;
    for (const s of d.steps ?? []) {
      const id = `${s.stage}${suffix(eco)}`;
      steps[id] = s.stage === 'build' || !buildId ? { ...s.step } : { needs: [buildId], ...s.step };
      choices.push({ what: id, why: s.why });
    }
  }

  const secrets = kind('secrets');
  if (secrets) {
    const extra = Object.assign({}, ...detections.map((d) => d.secrets ?? {})) as Record<string, unknown>;
    const skip = [...new Set(ecosystems.map((d) => BUILD_OUTPUT[d.ecosystem!]).filter((p): p is string => Boolean(p)))];
    // Scans start with the build: its output (installed packages) is not the repository's code.
    const withOpts = { ...extra, ...(skip.length ? { allowlist: { paths: [...skip, '.runlens-reports/**'] } } : {}) };
    steps.secrets = Object.keys(withOpts).length ? { uses: secrets, with: withOpts } : { uses: secrets };
    choices.push({
      what: 'secrets',
      why: extra['gitleaks-config'] ? `built-in secret scan with ${String(extra['gitleaks-config'])}` : 'built-in secret scan (always)',
    });
  }

  const deps = kind('deps');
  const lockfiles = ecosystems.map((d) => d.lockfile).filter((l): l is string => Boolean(l));
  if (deps && lockfiles.length) {
    const exclude = Object.values(BUILD_OUTPUT).filter((p, i, a) => a.indexOf(p) === i);
    if (opts.osvDb) {
      steps.deps = { uses: deps, with: { source: opts.osvDb, exclude } };
      choices.push({ what: 'deps', why: `${lockfiles.join(', ')} checked against the offline OSV database ${opts.osvDb}` });
    } else if (!opts.offline) {
      steps.deps = { uses: deps, with: { source: 'osv-api', exclude } };
      choices.push({ what: 'deps', why: `${lockfiles.join(', ')} checked against the OSV API (api.osv.dev; needs network)` });
    } else {
      notes.push(
        `deps: left out (--offline and no --osv-db): re-run init with --osv-db DIR (osv-scanner's <dir>/<Ecosystem>/all.zip) or without --offline to check ${lockfiles.join(', ')}`,
      );
    }
  }

  const semgrep = findCheck('semgrep');
  if (semgrep) {
    const program = semgrep.requires[0]?.program ?? 'semgrep';
    const install = semgrep.requires[0]?.install ?? `install ${program}`;
    const local = detections.find((d) => d.rule === 'semgrep-rules')?.evidence[0];
    const rulesets = [...new Set(ecosystems.map((d) => d.semgrep?.ruleset).filter((r): r is string => Boolean(r)))];
    const languages = ecosystems.map((d) => d.semgrep?.language).filter(Boolean);
    const config = local ? [local] : opts.offline ? [] : rulesets;
    if (!repo.onPath(program)) {
      if (local || rulesets.length)
        notes.push(
          `semgrep: not on PATH, so no semgrep step; install it (\`${install}\`) and re-run init to scan ${local ? `with ${local}` : languages.join(', ')}`,
        );
    } else if (config.length) {
      steps.semgrep = { uses: semgrep.kind, with: { config } };
      choices.push({
        what: 'semgrep',
        why: local
          ? `the repository's own rules (${local})`
          : `registry rules for ${languages.join(', ')} (${rulesets.join(', ')}; fetched from semgrep.dev)`,
      });
    } else if (rulesets.length) {
      notes.push(
        `semgrep: left out (--offline: registry rules ${rulesets.join(', ')} need semgrep.dev); keep rules in .semgrep.yml to scan offline`,
      );
    }
  }

  const doc = { version: 1, name: repositoryName(repo), 'fail-on': 'high', steps };
  const header = [
    '# runlens pipeline, written by `runlens init` — edit freely; `runlens validate` checks it, `runlens run` runs it.',
    '# Reference: https://github.com/runlens/runlens#runlensyml',
  ];
  return { yaml: `${header.join('\n')}\n${dump(doc, { lineWidth: 120, noRefs: true })}`, steps, choices, notes };
}
