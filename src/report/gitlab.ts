// GitLab security reports (schema 15.2.1) and the Code Quality report (Code Climate JSON).
// Security reports feed the Ultimate-tier widgets; Code Quality works on every tier, so it carries
// every finding, security ones included.
import type { RunResult } from '../model/result.js';
import { stepFailed } from '../model/result.js';
import type { Finding, FindingCategory } from '../model/finding.js';
import { SEVERITY_MAP, compareSeverity } from '../model/severity.js';
import { repoRelative } from '../base/repo-path.js';
import { ISSUES_URL } from '../base/version.js';
import { createHash } from '../base/hash.js';

export const GITLAB_SCHEMA_VERSION = '15.2.1';

export type ScanType = 'sast' | 'secret_detection' | 'dependency_scanning';

const SCAN_CATEGORY: Record<ScanType, FindingCategory> = { sast: 'sast', secret_detection: 'secret', dependency_scanning: 'dependency' };

/**
 * The security scans this run performed: a step ran a tool of the scan's category (StepResult.tools)
 * or reported findings of it. GitLab reads a report as "this scan ran", so only these are written.
 */
export function gitlabScansRan(run: RunResult): Set<ScanType> {
  const ran = new Set<ScanType>();
  for (const [type, category] of Object.entries(SCAN_CATEGORY) as Array<[ScanType, FindingCategory]>)
    if (run.steps.some((s) => (s.tools ?? []).some((t) => t.category === category) || s.findings.some((f) => f.category === category)))
      ran.add(type);
  return ran;
}

const SCHEMA_FILE: Record<ScanType, string> = {
  sast: 'sast-report-format.json',
  secret_detection: 'secret-detection-report-format.json',
  dependency_scanning: 'dependency-scanning-report-format.json',
};

const RUNLENS_URL = ISSUES_URL.replace(/\/issues$/, '');

export interface GitlabSecurityReport {
  version: string;
  schema: string;
  scan: {
    analyzer: { id: string; name: string; version: string; vendor: { name: string }; url?: string };
    scanner: { id: string; name: string; version: string; vendor: { name: string } };
    type: ScanType;
    start_time: string;
    end_time: string;
    status: 'success' | 'failure';
  };
  vulnerabilities: Array<Record<string, unknown>>;
  remediations: [];
}

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content?: { body: string };
  categories: string[];
  fingerprint: string;
  severity: 'blocker' | 'critical' | 'major' | 'minor' | 'info';
  location: { path: string; lines: { begin: number; end?: number } };
}

export function toGitlabSast(run: RunResult): GitlabSecurityReport {
  return securityReport(run, 'sast', 'sast', (f) => ({
    file: f.location?.path,
    start_line: f.location?.startLine,
    end_line: f.location?.endLine,
  }));
}

export function toGitlabSecretDetection(run: RunResult): GitlabSecurityReport {
  return securityReport(run, 'secret_detection', 'secret', (f) => {
    const p = f.properties ?? {};
    // Findings from the working tree have no commit of their own: the commit that was scanned.
    const commit: Record<string, string> = { sha: str(p.commit) ?? run.platform.sha ?? '0000000' };
    if (str(p.author)) commit.author = str(p.author)!;
    if (str(p.date)) commit.date = str(p.date)!;
    return { file: f.location?.path, start_line: f.location?.startLine, end_line: f.location?.endLine, commit };
  });
}

/**
 * Dependency findings describe the package in `properties`: `package` (name, or { name }),
 * `version`, and optionally `direct` (boolean) and `aliases` (CVE/GHSA ids).
 */
export function toGitlabDependencyScanning(run: RunResult): GitlabSecurityReport {
  return securityReport(run, 'dependency_scanning', 'dependency', (f) => {
    const p = f.properties ?? {};
    const pkg = isRecord(p.package) ? str(p.package.name) : str(p.package);
    const dependency: Record<string, unknown> = { package: { name: pkg ?? str(p.name) ?? f.title }, version: str(p.version) ?? 'unknown' };
    if (typeof p.direct === 'boolean') dependency.direct = p.direct;
    return { file: f.location?.path || 'unknown', dependency };
  });
}

export function toGitlabCodeQuality(run: RunResult): CodeQualityIssue[] {
  const seen = new Set<string>();
  const issues: CodeQualityIssue[] = [];
  for (const f of allFindings(run)) {
    // GitLab drops issues whose fingerprint repeats; two steps can report the same thing.
    let fingerprint = createHash('md5').update(`${f.tool}\0${f.fingerprint}`).digest('hex');
    for (let n = 2; seen.has(fingerprint); n++) fingerprint = createHash('md5').update(`${f.tool}\0${f.fingerprint}\0${n}`).digest('hex');
    seen.add(fingerprint);
    const begin = f.location?.startLine ?? 1;
    const issue: CodeQualityIssue = {
      type: 'issue',
      check_name: `${f.tool}:${f.ruleId}`,
      description: (f.message && f.message !== f.title ? `${f.title}: ${f.message}` : f.title) + cachedMark(f),
      categories: [codeClimateCategory(f.category)],
      fingerprint,
      severity: SEVERITY_MAP[f.severity].codeClimate,
      location: { path: f.location?.path ?? configPath(run) ?? '.', lines: { begin } },
    };
    if (f.location?.endLine && f.location.endLine > begin) issue.location.lines.end = f.location.endLine;
    if (f.help) issue.content = { body: f.help };
    issues.push(issue);
  }
  return issues;
}

function securityReport(
  run: RunResult,
  type: ScanType,
  category: FindingCategory,
  location: (f: Finding) => Record<string, unknown>,
): GitlabSecurityReport {
  const findings = allFindings(run).filter((f) => f.category === category);
  const tools = [...new Set(findings.map((f) => f.tool))];
  const scanner =
    tools.length === 1
      ? {
          id: slug(tools[0]!),
          name: tools[0]!,
          version: findings.find((f) => f.toolVersion)?.toolVersion ?? run.runlensVersion,
          vendor: { name: tools[0]!.startsWith('runlens') ? 'runlens' : tools[0]! },
        }
      : {
          id: 'runlens',
          name: tools.length > 1 ? `runlens (${tools.join(', ')})` : 'runlens',
          version: run.runlensVersion,
          vendor: { name: 'runlens' },
        };
  const failed = run.steps.some(
    (s) =>
      // A step scanned for this category when one of its tools does (StepResult.tools) or it found some.
      ((s.tools ?? []).some((t) => t.category === category) || s.findings.some((f) => f.category === category)) && stepFailed(s),
  );
  const ids = new Set<string>();
  const vulnerabilities: Array<Record<string, unknown>> = [];
  for (const f of findings) {
    const id = uuidFrom(`${type}\0${f.tool}\0${f.fingerprint}`);
    if (ids.has(id)) continue;
    ids.add(id);
    vulnerabilities.push(vulnerability(f, id, dropUndefined(location(f))));
  }
  return {
    version: GITLAB_SCHEMA_VERSION,
    schema: `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/${SCHEMA_FILE[type]}`,
    scan: {
      analyzer: { id: 'runlens', name: 'runlens', version: run.runlensVersion, vendor: { name: 'runlens' }, url: RUNLENS_URL },
      scanner,
      type,
      start_time: gitlabTime(run.startedAt),
      end_time: gitlabTime(run.finishedAt),
      status: failed ? 'failure' : 'success',
    },
    vulnerabilities,
    remediations: [],
  };
}

/** Replayed from the step cache (README, "Step cache"): said in the finding's text, which is what GitLab shows. */
function cachedMark(f: Finding): string {
  return f.properties?.cached === true ? ' (cached: replayed from the step cache)' : '';
}

function vulnerability(f: Finding, id: string, location: Record<string, unknown>): Record<string, unknown> {
  const v: Record<string, unknown> = {
    id,
    name: clip(f.title, 255),
    description: clip((f.message || f.title) + cachedMark(f), 1_048_576),
    severity: SEVERITY_MAP[f.severity].gitlab,
    identifiers: identifiersOf(f),
    location,
  };
  if (f.help) v.solution = clip(f.help, 7000);
  if (f.helpUri && /^(https?|ftp):\/\/.+/.test(f.helpUri)) v.links = [{ url: f.helpUri }];
  if (f.category === 'sast' && f.location?.snippet) v.raw_source_code_extract = f.location.snippet;
  return v;
}

function identifiersOf(f: Finding): Array<Record<string, string>> {
  // The first identifier is the primary one: GitLab tracks a vulnerability by it.
  const primary: Record<string, string> = {
    type: `${slug(f.tool).replace(/-/g, '_')}_rule_id`,
    name: clip(`${f.tool} ${f.ruleId}`, 255),
    value: f.ruleId || 'unknown',
  };
  if (f.helpUri && /^(https?|ftp):\/\/.+/.test(f.helpUri)) primary.url = f.helpUri;
  const list = [primary];
  const seen = new Set<string>();
  const aliases = Array.isArray(f.properties?.aliases) ? f.properties.aliases.filter((a): a is string => typeof a === 'string') : [];
  const tags = Array.isArray(f.properties?.tags) ? f.properties.tags.filter((a): a is string => typeof a === 'string') : [];
  for (const ref of [f.ruleId, ...aliases, ...tags]) {
    const known = knownIdentifier(ref);
    if (known && !seen.has(`${known.type}:${known.value}`)) {
      seen.add(`${known.type}:${known.value}`);
      list.push(known);
    }
  }
  return list;
}

function knownIdentifier(ref: string): Record<string, string> | undefined {
  const cve = /^CVE-\d{4}-\d{4,}$/i.exec(ref);
  if (cve)
    return { type: 'cve', name: ref.toUpperCase(), value: ref.toUpperCase(), url: `https://www.cve.org/CVERecord?id=${ref.toUpperCase()}` };
  if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(ref))
    return { type: 'ghsa', name: ref, value: ref, url: `https://github.com/advisories/${ref}` };
  const cwe = /^(?:external\/cwe\/)?cwe-(\d+)$/i.exec(ref);
  if (cwe) return { type: 'cwe', name: `CWE-${cwe[1]}`, value: cwe[1]!, url: `https://cwe.mitre.org/data/definitions/${cwe[1]}.html` };
  return undefined;
}

/** GitLab rejects times with a `Z` or milliseconds: `2026-11-22T01:02:03`, UTC. */
export function gitlabTime(iso: string): string {
  const d = new Date(iso);
  return (Number.isNaN(d.getTime()) ? new Date(0) : d).toISOString().slice(0, 19);
}

function uuidFrom(key: string): string {
  // A name-based UUID (version 5 layout) so a finding keeps its id across runs.
  const h = createHash('sha1').update(key).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

function codeClimateCategory(category: FindingCategory): string {
  return category === 'secret' || category === 'dependency' || category === 'sast'
    ? 'Security'
    : category === 'test' || category === 'golden'
      ? 'Bug Risk'
      : 'Style';
}

function allFindings(run: RunResult): Finding[] {
  return run.steps.flatMap((s) => s.findings).sort((a, b) => compareSeverity(b.severity, a.severity));
}

function configPath(run: RunResult): string | undefined {
  return run.configPath ? repoRelative(run.workspace, run.configPath) : undefined;
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'tool'
  );
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
