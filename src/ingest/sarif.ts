// Findings from SARIF 2.1.0 files other tools wrote (`sarif:` on a step, or `uses: sarif`).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';
import { InputError, clipForMessage } from '../base/errors.js';
import type { Finding, FindingCategory, Location } from '../model/finding.js';
import type { ToolRun } from '../model/result.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import { severityFromSarif } from '../model/severity.js';
import { formatJsonPath, locateJsonPath, parseJson, type JsonPath } from './json-source.js';
import { matchFiles } from './match-files.js';
import { categoryOf } from './sarif-category.js';
import { toRepoPath } from '../base/repo-path.js';

export interface IngestOptions {
  /** Directory the patterns are relative to. */
  cwd: string;
  /** Repository root: finding paths are made relative to it. */
  workspace: string;
  stepId: string;
  /** Refuse files outside `workspace`, by path or through a symlink (a pipeline's own files, from runlens.yml). */
  confine?: boolean;
}

/** Reads every SARIF file matching `patterns`; throws InputError (src/base/errors.ts) (file:line:col) on malformed input. */
export async function ingestSarif(
  patterns: string[],
  opts: IngestOptions,
): Promise<{ findings: Finding[]; files: string[]; tools: ToolRun[] }> {
  const files = await matchFiles(patterns, opts.cwd, 'SARIF', opts.confine ? opts.workspace : undefined);
  const findings: Finding[] = [];
  const tools = new Map<string, ToolRun>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const read = readSarif(text, file, opts);
    findings.push(...read.findings);
    for (const t of read.tools) if (!tools.has(t.name)) tools.set(t.name, t);
  }
  return { findings, files: files.map((f) => toRepoPath(f, opts.cwd, opts.workspace)), tools: [...tools.values()] };
}

const MAX_SNIPPET = 500;
const MAX_TITLE = 200;

/**
 * The findings in one SARIF document, and the tools whose runs completed (`results` present, even empty):
 * code scanning closes a tool's fixed alerts only when it is sent the tool's empty run.
 */
export function readSarif(text: string, file: string, opts: IngestOptions): { findings: Finding[]; tools: ToolRun[] } {
  const shown = toRepoPath(file, opts.cwd, opts.workspace);
  const log = parseJson(shown, text, 'this SARIF file');
  const fail = (at: JsonPath, detail: string): never => {
    throw new InputError(
      { file: shown, ...locateJsonPath(text, at) },
      `${formatJsonPath(at) || 'the document'} ${detail}`,
      'runlens reads SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/); check the tool was asked for SARIF output',
    );
  };
  if (!isObject(log)) return fail([], 'is not a SARIF log: expected a JSON object with "version" and "runs"');
  if (typeof log.version === 'string' && log.version !== '2.1.0')
    fail(['version'], `is "${clipForMessage(log.version, 40)}"; only SARIF 2.1.0 is supported`);
  if (!Array.isArray(log.runs)) return fail(['runs'], 'is missing or not an array: a SARIF log holds its results in "runs"');

  const findings: Finding[] = [];
  const tools: ToolRun[] = [];
  log.runs.forEach((run: unknown, r: number) => {
    if (!isObject(run)) return fail(['runs', r], 'is not an object');
    const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
    if (!driver || typeof driver.name !== 'string' || driver.name === '') {
      return fail(['runs', r, 'tool', 'driver', 'name'], 'is missing: every SARIF run names the tool that produced it');
    }
    // `results` absent or null means the tool did not run to completion; there is nothing to read.
    // Except that bandit leaves `results` out of a clean run whose invocations all say they succeeded.
    if (run.results === undefined || run.results === null) {
      const invocations = Array.isArray(run.invocations) ? run.invocations : [];
      const succeeded = invocations.length > 0 && invocations.every((i) => isObject(i) && i.executionSuccessful === true);
      if (!succeeded) return;
      run.results = [];
    }
    if (!Array.isArray(run.results)) return fail(['runs', r, 'results'], 'is not an array');
    const reader = new RunReader(run as unknown as Sarif.Run, file, opts);
    tools.push(reader.toolRun());
    run.results.forEach((result: unknown, i: number) => {
      if (!isObject(result)) return fail(['runs', r, 'results', i], 'is not an object');
      if (result.locations !== undefined && !Array.isArray(result.locations)) {
        return fail(['runs', r, 'results', i, 'locations'], 'is not an array');
      }
      const finding = reader.finding(result as unknown as Sarif.Result);
      if (finding) findings.push(finding);
    });
  });
  return { findings, tools };
}

class RunReader {
  private readonly tool: string;
  private readonly toolVersion: string | undefined;
  private readonly rulesById = new Map<string, Sarif.ReportingDescriptor>();

  constructor(
    private readonly run: Sarif.Run,
    private readonly file: string,
    private readonly opts: IngestOptions,
  ) {
    const driver = run.tool.driver;
    this.tool = driver.name;
    this.toolVersion = str(driver.semanticVersion) ?? str(driver.version);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    for (const rule of rules) {
      const id = isObject(rule) ? str(rule.id) : undefined;
      if (id && !this.rulesById.has(id)) this.rulesById.set(id, rule);
    }
  }

  /** The tool's category: that of its rules taken together (a tool with no rules: by its name). */
  toolRun(): ToolRun {
    const driver = this.run.tool.driver;
    const rules = [...this.rulesById.values()];
    const tags = rules.flatMap((r) => stringArray(r.properties?.tags));
    const category = categoryOf(
      this.tool,
      tags,
      rules.some((r) => r.properties?.['security-severity'] !== undefined),
    );
    return {
      name: this.tool,
      ...(this.toolVersion ? { version: this.toolVersion } : {}),
      ...(str(driver.informationUri) ? { informationUri: driver.informationUri } : {}),
      category,
    };
  }

  finding(result: Sarif.Result): Finding | undefined {
    // Not problems: a passed check, a rule that did not apply, a suppressed or fixed result.
    if (result.kind === 'pass' || result.kind === 'notApplicable') return undefined;
    if (result.baselineState === 'absent') return undefined;
    if (result.suppressions?.some((s) => s.status === undefined || s.status === 'accepted')) return undefined;

    const rule = this.ruleOf(result);
    const ruleId = str(result.ruleId) ?? str(result.rule?.id) ?? str(rule?.id) ?? 'unknown';
    const ruleProps = rule?.properties ?? {};
    const tags = stringArray(ruleProps.tags).concat(stringArray(result.properties?.tags));
    const securitySeverity = result.properties?.['security-severity'] ?? ruleProps['security-severity'];
    const level = str(result.level) ?? str(rule?.defaultConfiguration?.level);
    const category = categoryOf(this.tool, tags, securitySeverity !== undefined, result.properties?.category);
    const location = this.locationOf(result, category);
    const message = this.messageOf(result, rule) ?? ruleId;
    const title = firstLine(str(rule?.shortDescription?.text) ?? str(rule?.name) ?? ruleId).slice(0, MAX_TITLE);

    const properties: Record<string, unknown> = { sarifFile: toRepoPath(this.file, this.opts.cwd, this.opts.workspace) };
    if (tags.length > 0) properties.tags = [...new Set(tags)];
    if (isObject(result.partialFingerprints)) properties.partialFingerprints = result.partialFingerprints;

    const finding: Finding = {
      tool: this.tool,
      ruleId,
      title,
      message,
      severity: severityFromSarif(level, securitySeverity),
      category,
      fingerprint: this.fingerprintOf(result, ruleId, location, message),
      stepId: this.opts.stepId,
      properties,
    };
    if (this.toolVersion) finding.toolVersion = this.toolVersion;
    if (location) finding.location = location;
    const help =
      str(rule?.help?.markdown) ?? str(rule?.help?.text) ?? str(rule?.fullDescription?.markdown) ?? str(rule?.fullDescription?.text);
    if (help) finding.help = help;
    if (str(rule?.helpUri)) finding.helpUri = rule!.helpUri!;
    return finding;
  }

  private ruleOf(result: Sarif.Result): Sarif.ReportingDescriptor | undefined {
    const component = result.rule?.toolComponent;
    const rules =
      component?.index !== undefined ? this.run.tool.extensions?.[component.index]?.rules : (this.run.tool.driver.rules ?? undefined);
    const index = result.ruleIndex ?? result.rule?.index;
    if (Array.isArray(rules) && typeof index === 'number' && isObject(rules[index])) return rules[index];
    const id = str(result.ruleId) ?? str(result.rule?.id);
    if (id === undefined) return undefined;
    return (
      (component?.index !== undefined && Array.isArray(rules) ? rules.find((r) => isObject(r) && r.id === id) : undefined) ??
      this.rulesById.get(id)
    );
  }

  private messageOf(result: Sarif.Result, rule: Sarif.ReportingDescriptor | undefined): string | undefined {
    const m = isObject(result.message) ? result.message : undefined;
    let text = str(m?.text) ?? str(m?.markdown);
    const id = str(m?.id);
    if (text === undefined && id) {
      const strings = rule?.messageStrings;
      const template = isObject(strings) && Object.hasOwn(strings, id) ? strings[id] : undefined;
      text = str(template?.text) ?? str(template?.markdown);
    }
    if (text === undefined) return undefined;
    const args = Array.isArray(m?.arguments) ? m.arguments : [];
    // SARIF placeholders are {0}, {1}…; {{ and }} are literal braces.
    return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, n: string | undefined) =>
      whole === '{{' ? '{' : whole === '}}' ? '}' : (str(args[Number(n)]) ?? whole),
    );
  }

  private locationOf(result: Sarif.Result, category: FindingCategory): Location | undefined {
    const physical = result.locations?.find((l) => isObject(l) && isObject(l.physicalLocation))?.physicalLocation;
    if (!physical) return undefined;
    let artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
    if (artifact?.uri === undefined && typeof artifact?.index === 'number' && Array.isArray(this.run.artifacts)) {
      const listed = this.run.artifacts[artifact.index];
      if (isObject(listed) && isObject(listed.location)) artifact = listed.location;
    }
    const uri = str(artifact?.uri);
    if (uri === undefined) return undefined;

    const location: Location = { path: this.resolveUri(uri, str(artifact?.uriBaseId)) };
    const region = isObject(physical.region) ? physical.region : undefined;
    if (region) {
      if (isPositive(region.startLine)) location.startLine = region.startLine;
      if (isPositive(region.startColumn)) location.startColumn = region.startColumn;
      if (isPositive(region.endLine)) location.endLine = region.endLine;
      if (isPositive(region.endColumn)) location.endColumn = region.endColumn;
      // A secret scanner's snippet is the secret: it must not travel into any report.
      const snippet = isObject(region.snippet) ? str(region.snippet.text) : undefined;
      if (snippet && category !== 'secret') location.snippet = snippet.replace(/\r?\n$/, '').slice(0, MAX_SNIPPET);
    }
    return location;
  }

  /** Workspace-relative path of an artifact URI, following SARIF's uriBaseId indirection. */
  private resolveUri(uri: string, uriBaseId: string | undefined, depth = 0): string {
    if (/^file:/i.test(uri)) return toRepoPath(uri, this.opts.cwd, this.opts.workspace);
    const decoded = safeDecode(uri);
    if (path.isAbsolute(decoded)) return toRepoPath(decoded, this.opts.cwd, this.opts.workspace);
    return toRepoPath(decoded, this.baseDir(uriBaseId, depth), this.opts.workspace);
  }

  private baseDir(uriBaseId: string | undefined, depth: number): string {
    if (uriBaseId === undefined) return this.opts.cwd;
    const bases = this.run.originalUriBaseIds;
    const declared = isObject(bases) && Object.hasOwn(bases, uriBaseId) ? bases[uriBaseId] : undefined;
    const declaredUri = isObject(declared) ? str(declared.uri) : undefined;
    if (declaredUri !== undefined && depth < 10) {
      if (/^file:/i.test(declaredUri)) return safeFileUrlPath(declaredUri) ?? this.opts.cwd;
      const decoded = safeDecode(declaredUri);
      if (path.isAbsolute(decoded)) return decoded;
      return path.resolve(this.baseDir(str(declared!.uriBaseId), depth + 1), decoded);
    }
    // By convention %SRCROOT% is the checkout root (CodeQL, GitHub's upload); any other
    // undeclared base is taken as the directory the tool ran in.
    return uriBaseId === '%SRCROOT%' || uriBaseId === 'SRCROOT' ? this.opts.workspace : this.opts.cwd;
  }

  private fingerprintOf(result: Sarif.Result, ruleId: string, location: Location | undefined, message: string): string {
    const given = { ...result.partialFingerprints, ...result.fingerprints };
    const entries = Object.entries(given)
      .filter(([, v]) => typeof v === 'string' && v !== '')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`);
    if (entries.length > 0) return fingerprintOf(this.tool, ruleId, location?.path, ...entries);
    return fingerprintOf(this.tool, ruleId, location?.path, location?.snippet?.trim() || message);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `v` when it is a string: a SARIF file's values are whatever its writer put there. */
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function safeFileUrlPath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isPositive(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

function stringArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function firstLine(s: string): string {
  return s.split(/\r?\n/, 1)[0]?.trim() || s;
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
