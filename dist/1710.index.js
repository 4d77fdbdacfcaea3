export const id = 1710;
export const ids = [1710];
export const modules = {

/***/ 11710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SEMGREP_TOOL: () => (/* binding */ SEMGREP_TOOL),
  runSemgrep: () => (/* binding */ runSemgrep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./lib/base/repo-path.js
var repo_path = __webpack_require__(59425);
// EXTERNAL MODULE: ./lib/base/workspace-path.js
var workspace_path = __webpack_require__(56230);
// EXTERNAL MODULE: ./lib/base/written-files.js + 1 modules
var written_files = __webpack_require__(70155);
// EXTERNAL MODULE: ./lib/checks/check.js + 1 modules
var check = __webpack_require__(78929);
;// CONCATENATED MODULE: ./lib/checks/semgrep/baseline.js
/** How deep to fetch the base and HEAD, one try each, before giving up. */
const FETCH_DEPTHS = [50, 1000];
async function git(exec, args) {
    const r = await exec(['git', ...args], { stdout: 'capture', stderr: 'capture', env: { GIT_TERMINAL_PROMPT: '0' } });
    return { ok: r.status === 'passed' && r.exitCode === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}
function workflowHint(platform) {
    if (platform.kind === 'github')
        return 'set `fetch-depth: 0` on actions/checkout';
    if (platform.kind === 'gitlab')
        return 'set the variable `GIT_DEPTH: 0` for the job';
    return 'fetch the full history (`git fetch --unshallow`)';
}
/** The baseline ref the step asked for, or the PR/MR base; undefined: scan everything. */
function baselineRef(option, platform) {
    if (option !== undefined)
        return option.toLowerCase() === 'off' ? undefined : option;
    return platform.baseSha;
}
/** Makes `ref` and its merge base with HEAD available, fetching in a shallow clone; the commit to pass on. */
async function prepareBaseline(ref, exec, platform) {
    const inside = await git(exec, ['rev-parse', '--is-inside-work-tree']);
    if (!inside.ok || inside.out !== 'true') {
        return { error: `diff-aware mode (baseline-ref ${ref}) needs a git checkout, and the step's working directory is not in one` };
    }
    const resolve = async () => {
        const r = await git(exec, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        return r.ok && r.out ? r.out : undefined;
    };
    const connected = async (commit) => (await git(exec, ['merge-base', commit, 'HEAD'])).ok;
    let commit = await resolve();
    if (commit && (await connected(commit)))
        return { commit };
    const shallow = (await git(exec, ['rev-parse', '--is-shallow-repository'])).out === 'true';
    const head = (await git(exec, ['rev-parse', 'HEAD'])).out;
    const tried = [];
    for (const depth of FETCH_DEPTHS) {
        // Both ends: the base itself, and enough of HEAD's history to meet it.
        const wants = commit ? [commit] : [ref];
        if (shallow && head)
            wants.push(head);
        let fetched = await git(exec, ['fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, 'origin', ...wants]);
        if (!fetched.ok && wants.length > 1) {
            // HEAD may be a local commit the remote does not have (a merge made by the CI): deepen from the base alone.
            fetched = await git(exec, ['fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, 'origin', wants[0]]);
        }
        tried.push(`git fetch --depth=${depth} origin ${wants.join(' ')}: ${fetched.ok ? 'done' : fetched.err.split('\n').pop() || 'failed'}`);
        if (!fetched.ok)
            break;
        commit ??= (await resolve()) ?? (await git(exec, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'])).out;
        if (commit && (await connected(commit))) {
            return { commit, note: `fetched the baseline ${ref} (depth ${depth}) to compare against` };
        }
    }
    const what = commit
        ? `the history between the baseline ${ref} and HEAD is not in this ${shallow ? 'shallow ' : ''}clone`
        : `the baseline commit ${ref} is not in this ${shallow ? 'shallow ' : ''}clone`;
    return {
        error: `diff-aware mode: ${what}, and fetching it from origin did not help (${tried.join('; ') || 'no remote to fetch from'}). To fix, ${workflowHint(platform)}, or set \`baseline-ref: off\` to scan everything.`,
    };
}

;// CONCATENATED MODULE: ./lib/checks/semgrep/exit-codes.js
// What each exit code semgrep documents means (semgrep/error.py, semgrep.dev/docs/cli-reference).
// Data. runlens decides pass/fail from the JSON; these only say, in words, why a run went wrong.
const SEMGREP_EXIT_CODES = {
    0: 'the scan completed',
    1: 'the scan completed with findings',
    2: 'semgrep failed (a fatal error: a rule that could not be parsed, a registry config it could not download, a git or internal error)',
    3: 'a target file could not be parsed (semgrep fails on this only with --strict)',
    4: 'a rule has an invalid pattern',
    5: 'a rule file is not valid YAML',
    6: 'a rule needs arbitrary code execution (no longer used by semgrep)',
    7: 'the configuration is invalid: a rule file or directory is missing, or a rule is malformed',
    8: 'a rule names a language semgrep does not support',
    9: 'a rule timed out (no longer used by semgrep)',
    10: 'a rule ran out of memory (no longer used by semgrep)',
    11: 'a target file could not be read by the lexer (no longer used by semgrep)',
    12: 'a rule matched too often (no longer used by semgrep)',
    13: 'the Semgrep App token (SEMGREP_APP_TOKEN) is invalid',
    14: 'the scan failed',
};
/** A sentence for an exit code or signal. */
function describeExit(exitCode, signal) {
    if (exitCode === null) {
        return signal === 'SIGKILL'
            ? 'semgrep was killed (SIGKILL; often the machine ran out of memory: try `jobs: 1` or `extra-args: [--max-memory=…]`)'
            : `semgrep was stopped by ${signal ?? 'a signal'}`;
    }
    const meaning = SEMGREP_EXIT_CODES[exitCode];
    return meaning ? `semgrep exited with ${exitCode}: ${meaning}` : `semgrep exited with ${exitCode}, a code semgrep does not document`;
}

// EXTERNAL MODULE: ./lib/findings/fingerprint.js
var fingerprint = __webpack_require__(35530);
;// CONCATENATED MODULE: ./lib/checks/semgrep/findings.js
// semgrep results → runlens findings: severity, rule metadata (tags, help, helpUri), fix suggestions,
// repository paths, snippets and stable fingerprints.




/**
 * semgrep's severities on runlens's scale. semgrep documents ERROR/WARNING/INFO as HIGH/MEDIUM/LOW;
 * INVENTORY and EXPERIMENT mark rules that report facts, not problems.
 */
const SEVERITY_TABLE = {
    CRITICAL: 'critical',
    HIGH: 'high',
    ERROR: 'high',
    MEDIUM: 'medium',
    WARNING: 'medium',
    LOW: 'low',
    INFO: 'low',
    INVENTORY: 'note',
    EXPERIMENT: 'note',
};
function severityOf(semgrepSeverity) {
    return SEVERITY_TABLE[(semgrepSeverity ?? '').toUpperCase()] ?? 'medium';
}
/**
 * A rule's `metadata.category` decides where its findings go: security rules (and rules that do not say)
 * are SAST; correctness, best-practice, maintainability, performance… rules are code quality.
 */
function categoryOf(ruleCategory) {
    return ruleCategory === undefined || /secur|secret/i.test(ruleCategory) ? 'sast' : 'quality';
}
const SNIPPET_LINES = 10;
const SNIPPET_LINE_CHARS = 500;
function strings(v) {
    if (typeof v === 'string')
        return v.trim() === '' ? [] : [v.trim()];
    if (Array.isArray(v))
        return v.flatMap(strings);
    return [];
}
/** A rule that finds credentials: its matched code is never copied into a report. */
function isSecretRule(ruleId, metadata) {
    if (/(^|[.\-_/])secrets?([.\-_/]|$)/i.test(ruleId))
        return true;
    if ('secret_type' in metadata)
        return true;
    return [metadata.category, metadata.subcategory, metadata.product].flatMap(strings).some((s) => /secret|credential/i.test(s));
}
function factsOf(metadata) {
    const cwe = strings(metadata.cwe);
    const owasp = strings(metadata.owasp);
    const references = strings(metadata.references);
    const one = (key) => strings(metadata[key])[0];
    const confidence = one('confidence');
    const likelihood = one('likelihood');
    const impact = one('impact');
    const category = one('category');
    const tags = new Set();
    // GitHub code scanning reads CWE tags in CodeQL's form.
    for (const c of cwe)
        for (const m of c.matchAll(/CWE-(\d+)/gi))
            tags.add(`external/cwe/cwe-${m[1]}`);
    for (const o of owasp) {
        const id = /^(A\d{1,2}:\d{4})/i.exec(o)?.[1];
        if (id)
            tags.add(`external/owasp/${id.toLowerCase()}`);
    }
    if (category)
        tags.add(category.toLowerCase());
    for (const s of strings(metadata.subcategory))
        tags.add(s.toLowerCase());
    if (confidence)
        tags.add(`${confidence.toLowerCase()}-confidence`);
    const helpUri = [one('source'), one('shortlink'), one('source-rule-url'), ...references].find((u) => u && /^https?:\/\//i.test(u));
    return {
        cwe,
        owasp,
        references,
        ...(confidence ? { confidence } : {}),
        ...(likelihood ? { likelihood } : {}),
        ...(impact ? { impact } : {}),
        ...(category ? { category } : {}),
        tags: [...tags].sort(),
        ...(helpUri ? { helpUri } : {}),
    };
}
function fence(code) {
    const ticks = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return `${ticks}\n${code}\n${ticks}`;
}
function helpOf(message, facts, fix) {
    const parts = [message];
    if (fix !== undefined)
        parts.push(`**Suggested fix:**\n\n${fence(fix)}`);
    const rows = [];
    if (facts.cwe.length)
        rows.push(`- CWE: ${facts.cwe.join('; ')}`);
    if (facts.owasp.length)
        rows.push(`- OWASP: ${facts.owasp.join('; ')}`);
    if (facts.category)
        rows.push(`- Category: ${facts.category}`);
    if (facts.confidence)
        rows.push(`- Confidence: ${facts.confidence}`);
    if (facts.likelihood)
        rows.push(`- Likelihood: ${facts.likelihood}`);
    if (facts.impact)
        rows.push(`- Impact: ${facts.impact}`);
    if (rows.length)
        parts.push(rows.join('\n'));
    if (facts.references.length)
        parts.push(`References:\n\n${facts.references.map((r) => `- ${r}`).join('\n')}`);
    return parts.join('\n\n');
}
/** Reads each file once, as bytes: semgrep's offsets count bytes. */
class Files {
    cache = new Map();
    get(file) {
        let p = this.cache.get(file);
        if (!p) {
            p = (0,promises_.readFile)(file).catch(() => undefined);
            this.cache.set(file, p);
        }
        return p;
    }
}
function linesOf(content, start, end) {
    const all = content.toString('utf8').split(/\r?\n/);
    const picked = all.slice(start - 1, Math.min(end, start + SNIPPET_LINES - 1));
    if (picked.length === 0)
        return undefined;
    return picked.map((l) => (l.length > SNIPPET_LINE_CHARS ? `${l.slice(0, SNIPPET_LINE_CHARS)}…` : l)).join('\n');
}
async function toFindings(matches, ctx) {
    const files = new Files();
    const occurrences = new Map();
    const findings = [];
    for (const m of matches) {
        if (m.extra.is_ignored)
            continue;
        const metadata = m.extra.metadata ?? {};
        const secret = isSecretRule(m.check_id, metadata);
        const absolute = external_node_path_.resolve(ctx.cwd, m.path);
        const repoPath = (0,repo_path/* toRepoPath */.xD)(m.path, ctx.cwd, ctx.workspace);
        const content = await files.get(absolute);
        const matched = content && m.start.offset >= 0 && m.end.offset >= m.start.offset && m.end.offset <= content.length
            ? content.subarray(m.start.offset, m.end.offset).toString('utf8')
            : undefined;
        if (secret && matched && matched.trim().length >= 6)
            ctx.mask(matched.trim());
        // Stable across line moves: the rule, the file and the matched code (whitespace-insensitive), numbered
        // when the same code matches twice in a file. semgrep's own fingerprint needs a Semgrep login.
        const key = (0,fingerprint/* fingerprintOf */.a)('semgrep', m.check_id, repoPath, matched !== undefined ? matched.replace(/\s+/g, '') : m.extra.message);
        const n = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, n);
        const facts = factsOf(metadata);
        const message = (m.extra.message ?? m.check_id).trim();
        const fix = secret ? undefined : m.extra.fix;
        const snippet = secret || !content
            ? undefined
            : m.extra.lines && m.extra.lines !== 'requires login'
                ? m.extra.lines
                : linesOf(content, m.start.line, m.end.line);
        const properties = {
            tags: facts.tags,
            'semgrep-severity': m.extra.severity,
        };
        if (facts.cwe.length)
            properties.cwe = facts.cwe;
        if (facts.owasp.length)
            properties.owasp = facts.owasp;
        if (facts.references.length)
            properties.references = facts.references;
        if (facts.confidence)
            properties.confidence = facts.confidence;
        if (facts.likelihood)
            properties.likelihood = facts.likelihood;
        if (facts.impact)
            properties.impact = facts.impact;
        if (facts.category)
            properties['rule-category'] = facts.category;
        if (fix !== undefined)
            properties.fix = fix;
        findings.push({
            tool: 'semgrep',
            ...(ctx.toolVersion ? { toolVersion: ctx.toolVersion } : {}),
            ruleId: m.check_id,
            title: m.check_id.split('.').pop() || m.check_id,
            message,
            severity: severityOf(m.extra.severity),
            category: categoryOf(facts.category),
            location: {
                path: repoPath,
                startLine: m.start.line,
                startColumn: m.start.col,
                endLine: m.end.line,
                endColumn: m.end.col,
                ...(snippet !== undefined ? { snippet } : {}),
            },
            fingerprint: n === 1 ? key : (0,fingerprint/* fingerprintOf */.a)(key, n),
            help: helpOf(message, facts, fix),
            ...(facts.helpUri ? { helpUri: facts.helpUri } : {}),
            stepId: ctx.stepId,
            properties,
        });
    }
    return findings;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
;// CONCATENATED MODULE: ./lib/checks/semgrep/install.js
// `install: auto`: semgrep at the pinned version in a venv of its own under the user's cache
// (`~/.cache/runlens/semgrep-<version>`), installed once with pip from PyPI and reused by later runs.






const MARK = '.runlens-installed';
function installDir(env, version) {
    const cache = env.XDG_CACHE_HOME || external_node_path_.join(env.HOME || external_node_os_.homedir(), '.cache');
    return external_node_path_.join(cache, 'runlens', `semgrep-${version}`);
}
async function installed(dir, version) {
    try {
        await (0,promises_.access)(external_node_path_.join(dir, 'bin', 'semgrep'));
        return (await (0,promises_.readFile)(external_node_path_.join(dir, MARK), 'utf8')).trim() === version;
    }
    catch {
        return false;
    }
}
/** The semgrep program to run: the cached one, installed first when missing. */
async function ensureSemgrep(ctx, version) {
    const dir = installDir(ctx.env, version);
    const program = external_node_path_.join(dir, 'bin', 'semgrep');
    if (await installed(dir, version))
        return program;
    ctx.log(`semgrep: installing semgrep ${version} into ${dir} (install: auto)`);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    const python = ctx.env.RUNLENS_PYTHON || 'python3';
    const steps = [
        [python, '-m', 'venv', dir],
        [external_node_path_.join(dir, 'bin', 'python'), '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `semgrep==${version}`],
    ];
    for (const argv of steps) {
        let r;
        try {
            r = await ctx.exec(argv, { stdout: 'log', stderr: 'capture' });
        }
        catch (err) {
            throw new errors/* RunlensError */.YD(`semgrep could not be installed (install: auto): ${err.message}`);
        }
        if (r.status !== 'passed') {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            const why = r.stderr.trim().split('\n').slice(-3).join(' ') || r.error || `exit code ${String(r.exitCode)}`;
            throw new errors/* RunlensError */.YD(`semgrep ${version} could not be installed (install: auto): \`${argv.join(' ')}\` failed: ${why}`);
        }
    }
    await (0,atomic_write.atomicWriteFile)(external_node_path_.join(dir, MARK), `${version}\n`);
    // The venv's files are pip's; the program runlens will run is listed in run.json `files` (with its sha256)
    // next to the marker, so the audit trail shows what was installed and run.
    (0,written_files/* recordWrite */.bi)(program);
    return program;
}

;// CONCATENATED MODULE: ./lib/checks/semgrep/output.js
// semgrep's `--json` output (semgrep_output_v1 `cli_output`): the parts runlens reads, checked on the way in.
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isPosition(v) {
    return isObject(v) && typeof v.line === 'number' && typeof v.col === 'number';
}
/** The parsed output, or why it is not semgrep's JSON (one sentence). */
function parseSemgrepOutput(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return { problem: 'semgrep wrote no JSON output' };
    let data;
    try {
        data = JSON.parse(trimmed);
    }
    catch (err) {
        return { problem: `semgrep's output is not JSON (${err.message}); it starts with ${JSON.stringify(trimmed.slice(0, 80))}` };
    }
    if (!isObject(data) || !Array.isArray(data.results) || !Array.isArray(data.errors)) {
        return { problem: "semgrep's JSON output has no `results` and `errors` lists" };
    }
    const results = [];
    let malformed = 0;
    for (const r of data.results) {
        if (isObject(r) && typeof r.check_id === 'string' && typeof r.path === 'string' && isPosition(r.start) && isPosition(r.end)) {
            results.push({ ...r, extra: isObject(r.extra) ? r.extra : {} });
        }
        else {
            malformed++;
        }
    }
    const errors = data.errors.filter(isObject);
    const paths = isObject(data.paths) && Array.isArray(data.paths.scanned) ? data.paths.scanned.length : 0;
    return {
        ...(typeof data.version === 'string' ? { version: data.version } : {}),
        results,
        errors,
        scanned: paths,
        malformed,
    };
}
const MESSAGE_CHARS = 300;
/** An error entry as one line: what, where. */
function describeError(e) {
    const kind = Array.isArray(e.type) ? String(e.type[0]) : typeof e.type === 'string' ? e.type : undefined;
    const text = (e.message ?? ([e.short_msg, e.long_msg].filter(Boolean).join(': ') || 'no message')).trim();
    const span = e.spans?.[0];
    const file = e.path ?? span?.file;
    const line = span?.start?.line;
    const where = file ? `${file}${line !== undefined && line > 0 ? `:${line}` : ''}: ` : '';
    // semgrep's messages run over several lines (the rule, then why; the place, then the code): the
    // first two say it, and the rest (pattern dumps, whole snippets) stays in the log.
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^-{3,}/.test(l));
    let said = lines.slice(0, 2).join(' ');
    if (said.length > MESSAGE_CHARS)
        said = `${said.slice(0, MESSAGE_CHARS)}…`;
    return `${where}${kind && !said.includes(kind) ? `${kind}: ` : ''}${said}`;
}

;// CONCATENATED MODULE: ./lib/checks/semgrep/shard.js
// A sharded run (`runlens run --shard I/N`): this job scans its share of the files semgrep would scan.
// semgrep itself picks the targets (`--x-ls`: .semgrepignore, git-tracked files, include/exclude), so a
// shard scans exactly the files an unsharded run would, split by a stable hash of their repository path.



/** Past this many characters of file names, the list is not passed as arguments (ARG_MAX). */
const MAX_TARGET_CHARS = 1_000_000;
/**
 * This shard's files, relative to the step's working directory, from semgrep's own target list;
 * `fallback` (why) when that list cannot be had or passed, and the whole scan is filtered instead.
 */
async function shardTargets(ctx, semgrep, selectArgs, paths) {
    // `--x-ls` is experimental in semgrep (1.185 has it): without it, scan everything and keep this shard's findings.
    const r = await semgrep(['scan', '--x-ls', '--metrics=off', '--disable-version-check', ...selectArgs, '--', ...paths]);
    if (r.status !== 'passed')
        return { fallback: `semgrep --x-ls did not list the targets (${r.error ?? `exit ${String(r.exitCode)}`})` };
    const all = r.stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    const files = all.filter((f) => (0,check/* inShard */.Iw)(ctx, (0,repo_path/* repoPath */.qN)(ctx.workspace, external_node_path_.resolve(ctx.cwd, f))));
    if (files.reduce((n, f) => n + f.length + 1, 0) > MAX_TARGET_CHARS)
        return { fallback: `this shard's ${files.length} files are too many to pass as arguments` };
    // `./` keeps a file named like a flag a file.
    return { files: files.map((f) => (f.startsWith('-') ? `./${f}` : f)), of: all.length };
}

;// CONCATENATED MODULE: ./lib/checks/semgrep/run.js
// `uses: semgrep`: the real semgrep CLI, run with an argv (never a shell); its JSON read into findings.
// Pass/fail is runlens's verdict from that JSON (`results`, `errors`), with the exit code only explaining it.













const SEMGREP_TOOL = { name: 'semgrep', informationUri: 'https://semgrep.dev/' };
/** Registry configs semgrep downloads (`p/python`, `r/…`, `auto`, a URL), as opposed to local files. */
const REGISTRY = /^(auto|(p|r|s|c|ruleset|policy)\/\S+|https?:\/\/\S+)$/;
/** How many of semgrep's non-fatal errors the summary lists (all of them go to the log). */
const SUMMARY_NOTES = 20;
async function exists(file) {
    try {
        await (0,promises_.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
function tools(version) {
    return [{ ...SEMGREP_TOOL, ...(version ? { version } : {}), category: 'sast' }];
}
function failed(error, version) {
    return { status: 'failed', error, findings: [], tools: tools(version) };
}
/** The last lines of stderr that say something (Python tracebacks end with the exception). */
function stderrTail(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^[•◦─━┌└│]/.test(l));
    return lines.length ? lines.slice(-2).join(' / ').slice(0, 500) : undefined;
}
async function runSemgrep(ctx) {
    const o = ctx.options;
    const shown = (p) => (0,repo_path/* repoPath */.qN)(ctx.workspace, external_node_path_.resolve(ctx.cwd, p));
    const configs = [];
    const registry = [];
    for (const [i, c] of o.config.entries()) {
        if (await exists(external_node_path_.resolve(ctx.cwd, c)))
            configs.push(c);
        else if (REGISTRY.test(c)) {
            configs.push(c);
            registry.push(c);
        }
        else {
            return failed(`${ctx.where(['config', i])}: semgrep config "${c}" does not exist (looked for ${shown(c)}); name a rule file or directory relative to the step's working directory, or a registry id like p/python`);
        }
    }
    for (const [i, p] of o.paths.entries()) {
        if (!(await exists(external_node_path_.resolve(ctx.cwd, p))))
            return failed(`${ctx.where(['paths', i])}: semgrep path "${p}" does not exist (looked for ${shown(p)})`);
    }
    const argv = ['scan', '--metrics=off', '--json', '--disable-version-check'];
    for (const c of configs)
        argv.push(`--config=${c}`);
    for (const g of o.include)
        argv.push(`--include=${g}`);
    for (const g of o.exclude)
        argv.push(`--exclude=${g}`);
    if (o.jobs !== undefined)
        argv.push(`--jobs=${o.jobs}`);
    if (o.timeout !== undefined)
        argv.push(`--timeout=${o.timeout}`);
    if (o['max-target-bytes'] !== undefined)
        argv.push(`--max-target-bytes=${o['max-target-bytes']}`);
    let baselineNote;
    const ref = baselineRef(o['baseline-ref'], ctx.platform);
    if (ref !== undefined) {
        const baseline = await ctx.phase('baseline', () => prepareBaseline(ref, ctx.exec, ctx.platform), { ref });
        if ('error' in baseline)
            return failed(baseline.error);
        argv.push(`--baseline-commit=${baseline.commit}`);
        baselineNote = `Diff-aware: only findings new since ${baseline.commit.slice(0, 12)}${ref !== baseline.commit ? ` (${ref})` : ''}.`;
        if (baseline.note)
            ctx.log(`semgrep: ${baseline.note}`);
    }
    let sarifFile;
    if (o['sarif-output'] !== undefined) {
        sarifFile = external_node_path_.resolve(ctx.cwd, o['sarif-output']);
        // The plan refused a path leading out of the workspace; a symlink out of it is seen only now.
        const escape = (0,workspace_path/* pathEscape */.$)(ctx.workspace, ctx.cwd, o['sarif-output']) ?? (0,workspace_path/* realPathEscape */.Z)(ctx.workspace, sarifFile);
        if (escape)
            return failed(`sarif-output "${o['sarif-output']}" is refused: ${escape}; semgrep writes only inside the workspace`);
        await (0,promises_.mkdir)(external_node_path_.dirname(sarifFile), { recursive: true });
        argv.push(`--sarif-output=${sarifFile}`);
    }
    argv.push(...o['extra-args']);
    const program = o.install === 'auto' ? await ctx.phase('install', () => ensureSemgrep(ctx, o.version)) : 'semgrep';
    const semgrep = async (args) => {
        try {
            return await ctx.exec([program, ...args], { stdout: 'capture', stderr: 'capture' });
        }
        catch (err) {
            if (err instanceof errors/* ToolNotFoundError */.Mm) {
                throw new errors/* ToolNotFoundError */.Mm(err.tool, `${err.installHint}, or set \`install: auto\` on the step to have runlens install it`);
            }
            throw err;
        }
    };
    let targets = o.paths;
    if (ctx.shard && ctx.shard.total > 1) {
        // Only what decides which files semgrep scans: the configs (their languages), include/exclude, size, flags.
        const select = argv.filter((a) => /^--(config|include|exclude|max-target-bytes)=/.test(a)).concat(o['extra-args']);
        const share = await ctx.phase('shard', () => shardTargets(ctx, semgrep, select, o.paths));
        if ('fallback' in share) {
            ctx.log(`semgrep: ${share.fallback}; this shard scans everything and keeps the findings in its own files`);
        }
        else {
            ctx.log(`semgrep: shard ${ctx.shard.index}/${ctx.shard.total}: ${plural(share.files.length, 'file')} of ${share.of}`);
            if (share.files.length === 0)
                return { findings: [], summary: "No files are this shard's to scan.", tools: tools(undefined) };
            targets = share.files;
        }
    }
    // Targets after `--`, so a path can never be read as a flag.
    argv.push('--', ...targets);
    ctx.log(`semgrep: ${[external_node_path_.basename(program), ...argv].join(' ')}`);
    const r = await ctx.phase('scan', () => semgrep(argv));
    for (const line of r.stderr.split(/\r?\n/))
        if (line.trim() !== '')
            ctx.log(line.trimEnd());
    if (r.status === 'timed-out' || r.status === 'cancelled') {
        return failed(r.error ?? `semgrep did not finish (${r.status})`);
    }
    const parsed = parseSemgrepOutput(r.stdout);
    if ('problem' in parsed) {
        const tail = stderrTail(r.stderr);
        const offline = registry.length > 0 && /resolve|ConnectionError|Max retries|Network is unreachable|timed out/i.test(r.stderr)
            ? ` Registry configs (${registry.join(', ')}) are downloaded from semgrep.dev, which could not be reached: use local rule files, or allow the download.`
            : '';
        return failed(`${describeExit(r.exitCode, r.signal)}; ${parsed.problem}${tail ? ` — semgrep said: ${tail}` : ''}.${offline}`);
    }
    const version = parsed.version;
    const local = (text) => text.split(`${ctx.workspace}${external_node_path_.sep}`).join('');
    const fatal = parsed.errors.filter((e) => (e.level ?? 'error') === 'error');
    const notes = parsed.errors.filter((e) => (e.level ?? 'error') !== 'error').map((e) => local(describeError(e)));
    for (const n of notes)
        ctx.log(`semgrep: note: ${n}`);
    if (parsed.malformed > 0)
        notes.push(`${plural(parsed.malformed, 'result')} in semgrep's output had no rule, path or position and were left out`);
    const mapped = await ctx.phase('findings', () => toFindings(parsed.results, {
        stepId: ctx.stepId,
        cwd: ctx.cwd,
        workspace: ctx.workspace,
        ...(version ? { toolVersion: version } : {}),
        mask: (v) => ctx.mask(v),
    }));
    // A shard keeps the findings in its own files (all of them, unless the target list could not be had).
    const findings = ctx.shard ? mapped.filter((f) => !f.location || (0,check/* inShard */.Iw)(ctx, f.location.path)) : mapped;
    ctx.log(`semgrep ${version ?? '(unknown version)'}: ${plural(parsed.scanned, 'file')} scanned, ${plural(findings.length, 'finding')}` +
        `${fatal.length ? `, ${plural(fatal.length, 'error')}` : ''}${notes.length ? `, ${plural(notes.length, 'note')}` : ''}`);
    const artifacts = [];
    if (sarifFile && (await exists(sarifFile))) {
        artifacts.push((0,repo_path/* repoPath */.qN)(ctx.workspace, sarifFile));
        // semgrep wrote it, at runlens's bidding: it belongs in run.json `files`.
        (0,written_files/* recordWrite */.bi)(sarifFile);
    }
    const lines = [
        `Ran semgrep ${version ?? ''} (${o.config.join(', ')}) on ${plural(parsed.scanned, 'file')}: ${findings.length === 0 ? 'no findings' : `**${plural(findings.length, 'finding')}**`}.`,
    ];
    if (baselineNote)
        lines.push(baselineNote);
    if (notes.length) {
        const shownNotes = notes.slice(0, SUMMARY_NOTES).map((n) => `- ${n}`);
        if (notes.length > SUMMARY_NOTES)
            shownNotes.push(`- … and ${notes.length - SUMMARY_NOTES} more (in the step log)`);
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
    const warnings = [];
    if (parsed.scanned === 0 && !ctx.shard)
        warnings.push('semgrep scanned no files: check `paths`, `include`, `exclude` and .semgrepignore');
    if (notes.length) {
        warnings.push(`semgrep could not fully scan everything (${plural(notes.length, 'note')}, listed in the step summary and log)`);
    }
    return { findings, artifacts, summary: lines.join('\n\n'), tools: tools(version), ...(warnings.length ? { warnings } : {}) };
}


/***/ }),

/***/ 35530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50645);

/** A stable id from parts that identify a finding independently of its line number. */
function fingerprintOf(...parts) {
    const h = (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    for (const p of parts)
        h.update(String(p ?? '')).update('\0');
    return h.digest('hex').slice(0, 32);
}


/***/ })

};
