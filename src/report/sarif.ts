// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run per tool, within GitHub's limits.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// node:zlib is loaded on first use (process.getBuiltinModule): a plain run never compresses anything.
import type * as Sarif from 'sarif';
import { repoRelative } from '../base/repo-path.js';
import type { RunResult, ToolRun } from '../model/result.js';
import { fileLineHasher } from './line-hash.js';
import { removedInCommit } from './source-link.js';
import type { Finding } from '../model/finding.js';
import { SEVERITY_MAP, compareSeverity, type Severity } from '../model/severity.js';
import { createHash } from '../base/hash.js';

/** GitHub's code-scanning upload limits (docs/architecture.md, "Platform facts"). Overridable so tests can reach them cheaply. */
export interface SarifLimits {
  runs: number;
  resultsPerRun: number;
  /** Each result carries one location, so this limit cannot be reached; kept so the check is explicit. */
  locationsPerResult: number;
  gzipBytes: number;
}

export const GITHUB_SARIF_LIMITS: SarifLimits = { runs: 20, resultsPerRun: 25_000, locationsPerResult: 1_000, gzipBytes: 10 * 1000 * 1000 };

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Where to read about tools runlens ingests often. Data. */
const TOOL_URIS: Record<string, string> = {
  bandit: 'https://bandit.readthedocs.io/',
  eslint: 'https://eslint.org/',
  gosec: 'https://github.com/securego/gosec',
  semgrep: 'https://semgrep.dev/',
  gitleaks: 'https://github.com/gitleaks/gitleaks',
  codeql: 'https://codeql.github.com/',
  trivy: 'https://trivy.dev/',
  'osv-scanner': 'https://google.github.io/osv-scanner/',
};

const SECURITY_CATEGORIES = new Set(['secret', 'dependency', 'sast']);

export function toSarif(run: RunResult, limits: SarifLimits = GITHUB_SARIF_LIMITS): { log: Sarif.Log; notes: string[] } {
  const notes: string[] = [];
  const byTool = new Map<string, Finding[]>();
  for (const f of run.steps.flatMap((s) => s.findings)) {
    const list = byTool.get(f.tool) ?? [];
    list.push(f);
    byTool.set(f.tool, list);
  }
  for (const list of byTool.values()) list.sort(bySeverity);
  // A run with no results is how code scanning learns that earlier alerts were fixed; leaving the
  // tool out would keep them open forever. Only for a scan that completed: a crashed one proves nothing.
  const ran = new Map<string, ToolRun>();
  for (const step of run.steps) {
    for (const t of step.tools ?? []) {
      if (!ran.has(t.name)) ran.set(t.name, t);
      if (step.status === 'passed' && !byTool.has(t.name)) byTool.set(t.name, []);
    }
  }

  let tools = [...byTool.keys()].sort();
  if (tools.length > limits.runs) {
    // Keep the tools with the worst findings; a dropped tool loses all its results.
    const ranked = [...tools].sort((a, b) => worstFirst(byTool.get(a)!, byTool.get(b)!) || (a < b ? -1 : 1));
    const dropped = ranked.slice(limits.runs);
    tools = ranked.slice(0, limits.runs).sort();
    const lost = dropped.reduce((n, t) => n + byTool.get(t)!.length, 0);
    notes.push(
      `SARIF: ${dropped.length} of ${ranked.length} tools left out (GitHub accepts ${limits.runs} runs per upload), ` +
        `with their ${lost} finding${lost === 1 ? '' : 's'}: ${dropped.join(', ')}. They are in run.json and the job summary.`,
    );
  }

  const perRun = new Map<string, { kept: Finding[]; notifications: string[] }>();
  for (const tool of tools) {
    const all = byTool.get(tool)!;
    const kept = all.slice(0, limits.resultsPerRun);
    const notifications: string[] = [];
    if (kept.length < all.length) {
      const message = `SARIF: ${tool} has ${all.length} findings; the ${kept.length} most severe are uploaded (GitHub accepts ${limits.resultsPerRun} per run), ${all.length - kept.length} left out${leastSevereNote(all.slice(kept.length))}.`;
      notes.push(message);
      notifications.push(message);
    }
    perRun.set(tool, { kept, notifications });
  }

  let log = buildLog(run, tools, ran, perRun);
  // The size limit is on the gzipped upload: shed the least severe results until it fits.
  for (let size = gzipSize(log, limits.gzipBytes); size > limits.gzipBytes; size = gzipSize(log, limits.gzipBytes)) {
    const total = [...perRun.values()].reduce((n, r) => n + r.kept.length, 0);
    if (total === 0) break;
    const target = Math.floor(total * Math.min(0.9, (limits.gzipBytes / size) * 0.95));
    const dropped = shedLeastSevere(perRun, total - target);
    const message = `SARIF: ${dropped} least severe findings left out to keep the upload under ${formatBytes(limits.gzipBytes)} gzipped (it was ${formatBytes(size)}).`;
    notes.push(message);
    for (const r of perRun.values()) r.notifications.push(message);
    log = buildLog(run, tools, ran, perRun);
  }
  return { log, notes };
}

function buildLog(
  run: RunResult,
  tools: string[],
  ran: Map<string, ToolRun>,
  perRun: Map<string, { kept: Finding[]; notifications: string[] }>,
): Sarif.Log {
  return {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: tools.map((tool) => buildRun(run, tool, ran.get(tool), perRun.get(tool)!.kept, perRun.get(tool)!.notifications)),
  };
}

function buildRun(run: RunResult, tool: string, info: ToolRun | undefined, findings: Finding[], notifications: string[]): Sarif.Run {
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleFindings = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!ruleIndex.has(f.ruleId)) {
      ruleIndex.set(f.ruleId, rules.length);
      rules.push({ id: f.ruleId });
      ruleFindings.set(f.ruleId, []);
    }
    ruleFindings.get(f.ruleId)!.push(f);
  }
  for (const rule of rules) Object.assign(rule, describeRule(ruleFindings.get(rule.id)!));

  const hashing: LineHashing = { occurrences: new Map(), fileHashes: fileLineHasher() };
  const results = findings.map((f) => buildResult(run, f, ruleIndex.get(f.ruleId)!, hashing));

  const version = info?.version ?? findings.find((f) => f.toolVersion)?.toolVersion;
  const driver: Sarif.ToolComponent = { name: tool, rules };
  if (version) driver.version = version;
  const informationUri = info?.informationUri ?? TOOL_URIS[tool.toLowerCase()];
  if (informationUri) driver.informationUri = informationUri;

  const sarifRun: Sarif.Run = {
    tool: { driver },
    automationDetails: { id: automationId(run, tool) },
    originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(run.workspace) } },
    columnKind: 'utf16CodeUnits',
    results,
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: notifications.map((text) => ({ level: 'warning' as const, message: { text } })),
      },
    ],
  };
  if (run.platform.repository && run.platform.sha) {
    const provenance: Sarif.VersionControlDetails = {
      repositoryUri: `${run.platform.serverUrl ?? 'https://github.com'}/${run.platform.repository}`,
      revisionId: run.platform.sha,
    };
    if (run.platform.ref) provenance.branch = run.platform.ref;
    sarifRun.versionControlProvenance = [provenance];
  }
  return sarifRun;
}

function describeRule(findings: Finding[]): Omit<Sarif.ReportingDescriptor, 'id'> {
  // GitHub reads severity from the rule, so the rule takes its worst result's.
  const first = findings[0]!;
  const worst = findings.reduce<Severity>((w, f) => (compareSeverity(f.severity, w) > 0 ? f.severity : w), 'note');
  const withHelp = findings.find((f) => f.help) ?? first;
  const helpMarkdown = withHelp.help ?? `${first.title}${first.helpUri ? `\n\nSee ${first.helpUri}.` : ''}`;
  const tags = new Set<string>();
  for (const f of findings) {
    const given = f.properties?.tags;
    if (Array.isArray(given)) for (const t of given) if (typeof t === 'string') tags.add(t);
    if (SECURITY_CATEGORIES.has(f.category)) tags.add('security');
    tags.add(f.category);
  }
  const rule: Omit<Sarif.ReportingDescriptor, 'id'> = {
    name: ruleName(first.ruleId),
    shortDescription: { text: first.title },
    fullDescription: { text: firstParagraph(withHelp.help) ?? first.title },
    help: { text: helpMarkdown, markdown: helpMarkdown },
    defaultConfiguration: { level: SEVERITY_MAP[worst].sarifLevel },
    properties: { tags: [...tags].sort(), precision: 'high' },
  };
  if (SECURITY_CATEGORIES.has(first.category)) rule.properties!['security-severity'] = SEVERITY_MAP[worst].securitySeverity;
  const helpUri = findings.find((f) => f.helpUri)?.helpUri;
  if (helpUri && isAbsoluteUri(helpUri)) rule.helpUri = helpUri;
  return rule;
}

function buildResult(run: RunResult, f: Finding, ruleIndex: number, hashing: LineHashing): Sarif.Result {
  const location = locationOf(run, f);
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SEVERITY_MAP[f.severity].sarifLevel,
    message: { text: f.message || f.title },
    locations: location ? [location.sarif] : [],
    partialFingerprints: {
      primaryLocationLineHash: lineHash(run, f, location?.path, hashing),
      'runlens/v1': f.fingerprint,
    },
    properties: { severity: f.severity, category: f.category, step: f.stepId },
  };
  // The rule carries its worst result's score; each result keeps its own for readers that look.
  if (SECURITY_CATEGORIES.has(f.category)) result.properties!['security-severity'] = SEVERITY_MAP[f.severity].securitySeverity;
  // Replayed from the step cache: the step did not run this time (README, "Step cache").
  if (f.properties?.cached === true) result.properties!.cached = true;
  // How sure the tool is (a secret's format checksum: src/checks/secrets/checksum.ts).
  const confidence = f.properties?.confidence;
  if (confidence === 'high' || confidence === 'medium' || confidence === 'low') result.properties!.confidence = confidence;
  // new-only (src/findings/new-only.ts): SARIF's own words for "introduced by this change" and "was there before".
  if (f.baseline) result.baselineState = f.baseline === 'new' ? 'new' : 'unchanged';
  return result;
}

function locationOf(run: RunResult, f: Finding): { path: string; sarif: Sarif.Location } | undefined {
  const loc = f.location;
  if (!loc) {
    // GitHub shows a result only at a file; the configuration that asked for the check is the honest place.
    const config = run.configPath ? repoRelative(run.workspace, run.configPath) : undefined;
    if (!config) return undefined;
    return {
      path: config,
      sarif: { physicalLocation: { artifactLocation: { uri: encodePath(config), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } },
    };
  }
  const absolute = path.isAbsolute(loc.path);
  const artifactLocation: Sarif.ArtifactLocation = absolute
    ? { uri: pathToFileURL(loc.path).href }
    : { uri: encodePath(loc.path), uriBaseId: '%SRCROOT%' };
  const physical: Sarif.PhysicalLocation = { artifactLocation };
  if (loc.startLine !== undefined && loc.startLine > 0) {
    const region: Sarif.Region = { startLine: loc.startLine };
    if (loc.startColumn !== undefined && loc.startColumn > 0) region.startColumn = loc.startColumn;
    if (loc.endLine !== undefined && loc.endLine >= loc.startLine) region.endLine = loc.endLine;
    if (loc.endColumn !== undefined && loc.endColumn > 0) region.endColumn = loc.endColumn;
    if (loc.snippet) region.snippet = { text: loc.snippet };
    physical.region = region;
  }
  return { path: loc.path, sarif: { physicalLocation: physical } };
}

interface LineHashing {
  occurrences: Map<string, number>;
  fileHashes: (absolutePath: string) => string[] | undefined;
}

/**
 * GitHub matches alerts across runs by this. When the flagged file is in the checkout, it is the hash
 * GitHub's upload computes (line-hash.ts): the line's normalised content read from the file, numbered per
 * file, so moving code does not reopen alerts and distinct lines never share one. Otherwise (a file no
 * longer there), the snippet's hash numbered per file, and without a snippet the finding's own fingerprint.
 */
function lineHash(run: RunResult, f: Finding, file: string | undefined, hashing: LineHashing): string {
  const given = f.properties?.partialFingerprints;
  if (typeof given === 'object' && given !== null) {
    const v = (given as Record<string, unknown>).primaryLocationLineHash;
    if (typeof v === 'string' && v !== '') return v;
  }
  const startLine = f.location?.startLine;
  if (file && startLine && startLine > 0 && !removedInCommit(f)) {
    const fromFile = hashing.fileHashes(path.resolve(run.workspace, file))?.[startLine - 1];
    if (fromFile) return fromFile;
  }
  const line = f.location?.snippet?.split(/\r?\n/, 1)[0]?.replace(/\s+/g, '');
  if (!line) return f.fingerprint;
  const hash = createHash('sha256').update(f.ruleId).update('\0').update(line).digest('hex').slice(0, 16);
  const key = `${file ?? ''}\0${hash}`;
  const n = (hashing.occurrences.get(key) ?? 0) + 1;
  hashing.occurrences.set(key, n);
  return `${hash}:${n}`;
}

function automationId(run: RunResult, tool: string): string {
  // GitHub keys an analysis by this category: tool + pipeline + job keeps parallel jobs apart.
  const parts = ['runlens', tool, run.name, run.platform.job].filter((p): p is string => !!p).map((p) => p.replace(/[\s/]+/g, '-'));
  return `${parts.join('/')}/`;
}

function shedLeastSevere(perRun: Map<string, { kept: Finding[] }>, count: number): number {
  let dropped = 0;
  const severities: Severity[] = ['note', 'low', 'medium', 'high', 'critical'];
  for (const severity of severities) {
    for (const r of perRun.values()) {
      // Each list is sorted worst first, so the least severe sit at the end.
      while (dropped < count && r.kept.length > 0 && r.kept.at(-1)!.severity === severity) {
        r.kept.pop();
        dropped += 1;
      }
    }
    if (dropped >= count) break;
  }
  return dropped;
}

function bySeverity(a: Finding, b: Finding): number {
  return compareSeverity(b.severity, a.severity);
}

function worstFirst(a: Finding[], b: Finding[]): number {
  for (const s of ['critical', 'high', 'medium', 'low', 'note'] as const) {
    const d = b.filter((f) => f.severity === s).length - a.filter((f) => f.severity === s).length;
    if (d !== 0) return d;
  }
  return 0;
}

function leastSevereNote(dropped: Finding[]): string {
  const worst = dropped[0]?.severity;
  return worst ? ` (none worse than ${worst})` : '';
}

function gzipSize(log: Sarif.Log, limit: number): number {
  const text = JSON.stringify(log);
  // gzip never grows text by more than its headers and 5 bytes per 16 KiB block: small logs need no compressing.
  const bound = Buffer.byteLength(text) * 1.001 + 64;
  return bound <= limit ? bound : process.getBuiltinModule('node:zlib').gzipSync(text).length;
}

function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} kB`;
}

function ruleName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Rule';
}

function firstParagraph(markdown: string | undefined): string | undefined {
  const p = markdown?.split(/\r?\n\s*\r?\n/, 1)[0]?.trim();
  return p || undefined;
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function isAbsoluteUri(u: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(u);
}
