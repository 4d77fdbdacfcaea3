export const id = 6863;
export const ids = [6863,866];
export const modules = {

/***/ 66863:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  init: () => (/* binding */ init)
});

// UNUSED EXPORTS: GITLAB_PATH, WORKFLOW_PATH, detect

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/base/errors.js
var errors = __webpack_require__(17594);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./lib/base/version.js
var version = __webpack_require__(26413);
;// CONCATENATED MODULE: ./lib/commands/init/ci.js
// The CI wiring init writes: a GitHub workflow (least privilege, pinned actions) and a GitLab job extending the templates.


// Pinned by commit (tag in the comment), as workflows-examples/ does; bump with the release.
const ACTION_PIN = 'runlens/runlens@e81a414fbc47b27f289c6b4f40b389c1b6c638ae';
const CHECKOUT_PIN = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';
const UPLOAD_SARIF_PIN = 'github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7';
const GITLAB_TEMPLATE_URL = `https://raw.githubusercontent.com/runlens/runlens/v${version.RUNLENS_VERSION}/gitlab/runlens.gitlab-ci.yml`;
/** js-yaml quotes nothing it need not; `on:` must stay a key (YAML 1.1 readers take a bare `on` for true). */
function yamlText(doc) {
    return (0,js_yaml/* dump */.Bh)(doc, { lineWidth: 120, noRefs: true });
}
function githubWorkflow(o) {
    const permissions = { contents: 'read', 'pull-requests': 'write' };
    if (o.uploadSarif)
        permissions['security-events'] = 'write';
    const steps = [{ uses: CHECKOUT_PIN, with: { 'fetch-depth': 0, 'persist-credentials': false } }];
    if (o.githubSetup.length)
        steps.push({ name: 'Install the pipeline tools', run: o.githubSetup.join('\n') + '\n' });
    steps.push({ id: 'runlens', uses: ACTION_PIN, with: { config: 'runlens.yml' } });
    if (o.uploadSarif)
        steps.push({ if: 'always()', uses: UPLOAD_SARIF_PIN, with: { sarif_file: '${{ steps.runlens.outputs.sarif }}', category: 'runlens' } });
    const doc = {
        name: 'runlens',
        on: { push: { branches: [o.defaultBranch] }, pull_request: null },
        permissions,
        concurrency: { group: 'runlens-${{ github.ref }}', 'cancel-in-progress': true },
        jobs: { runlens: { 'runs-on': 'ubuntu-latest', 'timeout-minutes': 30, steps } },
    };
    const text = yamlText(doc)
        .replace(/^'on':/m, 'on:')
        .replace(/^(\s+pull_request:) null$/m, '$1')
        .replace(/^(\s+- uses: actions\/checkout@\w+)$/m, '$1 # v5.0.0')
        .replace(/^(\s+uses: runlens\/runlens@\w+)$/m, `$1 # v${version.RUNLENS_VERSION}`)
        .replace(/^(\s+uses: github\/codeql-action\/upload-sarif@\w+)$/m, '$1 # v4.31.9');
    const header = [
        '# runlens: runs runlens.yml on pushes and pull requests (written by `runlens init`).',
        '# pull-requests: write posts the summary comment' + (o.uploadSarif ? '; security-events: write uploads SARIF to code scanning.' : '.'),
    ];
    return `${header.join('\n')}\n${text}`;
}
function gitlabCi(o) {
    const job = { extends: '.runlens', variables: { RUNLENS_CONFIG: 'runlens.yml' } };
    if (o.gitlabSetup.length)
        job.variables.RUNLENS_SETUP = o.gitlabSetup.join(' && ');
    const doc = { include: [{ remote: GITLAB_TEMPLATE_URL }], runlens: job };
    const header = [
        '# runlens on GitLab CI (written by `runlens init`): the `.runlens` job from the runlens templates runs',
        '# runlens.yml and hands GitLab its reports (JUnit, Code Quality, security reports). Pin or mirror the include.',
    ];
    return `${header.join('\n')}\n${yamlText(doc)}`;
}

// EXTERNAL MODULE: ./lib/checks/registry.js + 11 modules
var registry = __webpack_require__(95735);
;// CONCATENATED MODULE: ./lib/commands/init/pipeline.js
// From detections to runlens.yml: build → test → lint per ecosystem, then the scans the registry offers.



/** Folders each ecosystem fills at build time that no scan should read. */
const BUILD_OUTPUT = { node: 'node_modules/**', python: '.venv/**', rust: 'target/**', java: 'target/**' };
/** The scan kinds init wires, as the registry names them (a kind missing from it is left out). */
function kind(name) {
    return (0,registry/* findCheck */.Sd)(name)?.kind;
}
/** The repository's name: its origin remote's last path segment, else the folder's name. */
function repositoryName(repo) {
    const url = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(repo.read('.git/config') ?? '')?.[1];
    const fromUrl = url
        ?.replace(/\.git$/, '')
        .split(/[/:]/)
        .pop();
    return fromUrl || external_node_path_.basename(repo.root);
}
function planPipeline(repo, detections, opts) {
    const steps = {};
    const choices = [];
    const notes = detections.flatMap((d) => d.notes ?? []);
    const ecosystems = detections.filter((d) => d.ecosystem);
    const suffix = (eco) => (ecosystems.length > 1 ? `-${eco}` : '');
    for (const d of ecosystems) {
        const eco = d.ecosystem;
        const buildId = d.steps?.some((s) => s.stage === 'build') ? `build${suffix(eco)}` : undefined;
        for (const s of d.steps ?? []) {
            const id = `${s.stage}${suffix(eco)}`;
            steps[id] = s.stage === 'build' || !buildId ? { ...s.step } : { needs: [buildId], ...s.step };
            choices.push({ what: id, why: s.why });
        }
    }
    const secrets = kind('secrets');
    if (secrets) {
        const extra = Object.assign({}, ...detections.map((d) => d.secrets ?? {}));
        const skip = [...new Set(ecosystems.map((d) => BUILD_OUTPUT[d.ecosystem]).filter((p) => Boolean(p)))];
        // Scans start with the build: its output (installed packages) is not the repository's code.
        const withOpts = { ...extra, ...(skip.length ? { allowlist: { paths: [...skip, '.runlens-reports/**'] } } : {}) };
        steps.secrets = Object.keys(withOpts).length ? { uses: secrets, with: withOpts } : { uses: secrets };
        choices.push({
            what: 'secrets',
            why: extra['gitleaks-config'] ? `built-in secret scan with ${String(extra['gitleaks-config'])}` : 'built-in secret scan (always)',
        });
    }
    const deps = kind('deps');
    const lockfiles = ecosystems.map((d) => d.lockfile).filter((l) => Boolean(l));
    if (deps && lockfiles.length) {
        const exclude = Object.values(BUILD_OUTPUT).filter((p, i, a) => a.indexOf(p) === i);
        if (opts.osvDb) {
            steps.deps = { uses: deps, with: { source: opts.osvDb, exclude } };
            choices.push({ what: 'deps', why: `${lockfiles.join(', ')} checked against the offline OSV database ${opts.osvDb}` });
        }
        else if (!opts.offline) {
            steps.deps = { uses: deps, with: { source: 'osv-api', exclude } };
            choices.push({ what: 'deps', why: `${lockfiles.join(', ')} checked against the OSV API (api.osv.dev; needs network)` });
        }
        else {
            notes.push(`deps: left out (--offline and no --osv-db): re-run init with --osv-db DIR (osv-scanner's <dir>/<Ecosystem>/all.zip) or without --offline to check ${lockfiles.join(', ')}`);
        }
    }
    const semgrep = (0,registry/* findCheck */.Sd)('semgrep');
    if (semgrep) {
        const program = semgrep.requires[0]?.program ?? 'semgrep';
        const install = semgrep.requires[0]?.install ?? `install ${program}`;
        const local = detections.find((d) => d.rule === 'semgrep-rules')?.evidence[0];
        const rulesets = [...new Set(ecosystems.map((d) => d.semgrep?.ruleset).filter((r) => Boolean(r)))];
        const languages = ecosystems.map((d) => d.semgrep?.language).filter(Boolean);
        const config = local ? [local] : opts.offline ? [] : rulesets;
        if (!repo.onPath(program)) {
            if (local || rulesets.length)
                notes.push(`semgrep: not on PATH, so no semgrep step; install it (\`${install}\`) and re-run init to scan ${local ? `with ${local}` : languages.join(', ')}`);
        }
        else if (config.length) {
            steps.semgrep = { uses: semgrep.kind, with: { config } };
            choices.push({
                what: 'semgrep',
                why: local
                    ? `the repository's own rules (${local})`
                    : `registry rules for ${languages.join(', ')} (${rulesets.join(', ')}; fetched from semgrep.dev)`,
            });
        }
        else if (rulesets.length) {
            notes.push(`semgrep: left out (--offline: registry rules ${rulesets.join(', ')} need semgrep.dev); keep rules in .semgrep.yml to scan offline`);
        }
    }
    const doc = { version: 1, name: repositoryName(repo), 'fail-on': 'high', steps };
    const header = [
        '# runlens pipeline, written by `runlens init` — edit freely; `runlens validate` checks it, `runlens run` runs it.',
        '# Reference: https://github.com/runlens/runlens#runlensyml',
    ];
    return { yaml: `${header.join('\n')}\n${(0,js_yaml/* dump */.Bh)(doc, { lineWidth: 120, noRefs: true })}`, steps, choices, notes };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/commands/init/repo.js
// The repository as detection rules read it: small synchronous reads, memoised, nothing written.



const SKIP = new Set(['node_modules', '.git', 'vendor', 'target', '.venv', 'venv', 'dist', 'build', '.runlens', '__pycache__']);
function readRepo(root, env) {
    const text = new Map();
    const read = (rel) => {
        if (!text.has(rel)) {
            let s;
            try {
                s = (0,external_node_fs_.readFileSync)(external_node_path_.join(root, rel), 'utf8');
            }
            catch {
                s = undefined;
            }
            text.set(rel, s);
        }
        return text.get(rel);
    };
    let walked;
    const walk = () => {
        if (walked)
            return walked;
        walked = { dirs: [], files: [] };
        const visit = (rel, depth) => {
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)(external_node_path_.join(root, rel), { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries) {
                const r = rel ? `${rel}/${e.name}` : e.name;
                if (e.isDirectory()) {
                    if (SKIP.has(e.name))
                        continue;
                    walked.dirs.push(r);
                    if (depth < 4)
                        visit(r, depth + 1);
                }
                else
                    walked.files.push(r);
            }
        };
        visit('', 1);
        return walked;
    };
    const pathDirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    return {
        root,
        exists: (rel) => (0,external_node_fs_.existsSync)(external_node_path_.join(root, rel)),
        read,
        json: (rel) => {
            const s = read(rel);
            if (s === undefined)
                return undefined;
            try {
                const v = JSON.parse(s);
                return v && typeof v === 'object' ? v : undefined;
            }
            catch {
                return undefined;
            }
        },
        toml: (rel) => {
            const s = read(rel);
            if (s === undefined)
                return undefined;
            try {
                return (0,dist/* parse */.qg)(s);
            }
            catch {
                return undefined;
            }
        },
        dirs: () => walk().dirs,
        files: () => walk().files,
        onPath: (program) => pathDirs.some((d) => {
            try {
                return (0,external_node_fs_.statSync)(external_node_path_.join(d, program)).isFile();
            }
            catch {
                return false;
            }
        }),
    };
}
/** The first of `names` that exists in the repository. */
function firstExisting(repo, names) {
    return names.find((n) => repo.exists(n));
}

;// CONCATENATED MODULE: ./lib/commands/init/rules/gitleaks.js

const gitleaksRule = {
    id: 'gitleaks',
    detect(repo) {
        const file = firstExisting(repo, ['.gitleaks.toml', 'gitleaks.toml', '.github/gitleaks.toml']);
        if (!file)
            return undefined;
        return { rule: 'gitleaks', evidence: [file], found: `gitleaks config (${file})`, secrets: { 'gitleaks-config': file } };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/go.js

const JUNIT_GO = '.runlens-reports/junit-go.xml';
const GOTESTSUM = 'gotest.tools/gotestsum@v1.13.0';
/** The Go release go.mod asks for (`toolchain goX.Y.Z`, else `go X.Y[.Z]`; `.0` added to a bare X.Y). */
function goVersion(goMod) {
    const v = /^toolchain go(\S+)/m.exec(goMod)?.[1] ?? /^go (\d+\.\d+(?:\.\d+)?)/m.exec(goMod)?.[1] ?? '1.25.0';
    return /^\d+\.\d+$/.test(v) ? `${v}.0` : v;
}
const goRule = {
    id: 'go',
    detect(repo, opts) {
        if (!repo.exists('go.mod'))
            return undefined;
        const steps = [{ stage: 'build', step: { run: 'go build ./...' }, why: 'go.mod → go' }];
        const notes = [];
        let junit = 'gotestsum';
        if (repo.onPath('gotestsum')) {
            steps.push({
                stage: 'test',
                step: { run: `gotestsum --junitfile ${JUNIT_GO} -- ./...`, junit: JUNIT_GO },
                why: 'gotestsum is installed: it writes JUnit',
            });
        }
        else if (!opts.offline) {
            steps.push({
                stage: 'test',
                step: { run: `go run ${GOTESTSUM} --junitfile ${JUNIT_GO} -- ./...`, junit: JUNIT_GO },
                why: 'go test through gotestsum (pinned, fetched by `go run` from the module proxy) for JUnit',
            });
        }
        else {
            junit = 'no JUnit';
            steps.push({ stage: 'test', step: { run: 'go test ./...' }, why: 'offline and gotestsum is not installed: plain go test' });
            notes.push(`go: install gotestsum (\`go install ${GOTESTSUM}\`) and re-run init to get test results in the reports`);
        }
        const golangci = firstExisting(repo, ['.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json']);
        if (golangci)
            steps.push({
                stage: 'lint',
                step: {
                    uses: 'tool',
                    with: {
                        name: 'golangci-lint',
                        run: 'golangci-lint run --output.sarif.path=.runlens-reports/golangci.sarif',
                        format: 'sarif',
                        output: '.runlens-reports/golangci.sarif',
                    },
                },
                why: `${golangci}: golangci-lint v2 writes SARIF`,
            });
        return {
            rule: 'go',
            ecosystem: 'go',
            evidence: ['go.mod', ...(repo.exists('go.sum') ? ['go.sum'] : []), ...(golangci ? [golangci] : [])],
            found: ['go modules', `go test (${junit})`, ...(golangci ? ['golangci-lint'] : [])].join(', '),
            steps,
            lockfile: repo.exists('go.sum') ? 'go.sum' : undefined,
            semgrep: { language: 'Go', ruleset: 'p/golang' },
            githubSetup: golangci ? ['go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@latest'] : [],
            // Debian's golang is too old for most go.mod files (and predates toolchain switching): the release go.mod names.
            gitlabSetup: [
                `curl -fsSL https://go.dev/dl/go${goVersion(repo.read('go.mod') ?? '')}.linux-amd64.tar.gz | tar -C /usr/local -xz`,
                'export PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"',
            ],
            notes,
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/golden.js
const GOLDEN = /(^|\/)(golden|goldens|testdata\/golden|expected)$/;
const CODE = /\.(ts|tsx|js|mjs|cjs|py|go|rs|java|kt|rb|php)$/;
const SNAPSHOT = /(^|\/)(__snapshots__|snapshots)$/;
const goldenRule = {
    id: 'golden',
    detect(repo) {
        // A folder of golden *data*: code folders that happen to be named so (a golden-file library) are not.
        const golden = repo.dirs().filter((d) => {
            if (!GOLDEN.test(d))
                return false;
            const inside = repo.files().filter((f) => f.startsWith(`${d}/`));
            return inside.length > 0 && !inside.some((f) => CODE.test(f));
        });
        const snapshots = repo.dirs().filter((d) => SNAPSHOT.test(d));
        if (!golden.length && !snapshots.length)
            return undefined;
        const notes = [];
        for (const g of golden)
            notes.push(`golden: ${g}/ holds golden data; to compare outputs with it add a step \`{ uses: golden, needs: [build], with: { cases: [{ actual: out/{name}, expected: ${g}/{name} }] } }\` (init cannot tell which program writes the actual files)`);
        for (const s of snapshots)
            notes.push(`golden: ${s}/ holds test-runner snapshots; they are checked by the test step`);
        return {
            rule: 'golden',
            evidence: [...golden, ...snapshots],
            found: [...golden.map((g) => `golden data ${g}/`), ...snapshots.map((s) => `snapshots ${s}/`)].join(', '),
            notes,
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/jvm.js
const jvmRule = {
    id: 'jvm',
    detect(repo) {
        if (repo.exists('pom.xml')) {
            const mvn = repo.exists('mvnw') ? './mvnw' : 'mvn';
            return {
                rule: 'jvm',
                ecosystem: 'java',
                evidence: ['pom.xml'],
                found: `maven (${mvn}), surefire JUnit`,
                steps: [
                    { stage: 'build', step: { run: `${mvn} -B -q -DskipTests package` }, why: 'pom.xml → maven' },
                    { stage: 'test', step: { run: `${mvn} -B test`, junit: 'target/surefire-reports/TEST-*.xml' }, why: 'surefire writes JUnit XML' },
                ],
                lockfile: 'pom.xml',
                semgrep: { language: 'Java', ruleset: 'p/java' },
                gitlabSetup: ['apt-get update -qq && apt-get install -y -qq maven default-jdk-headless >/dev/null'],
            };
        }
        const gradle = ['build.gradle.kts', 'build.gradle'].find((f) => repo.exists(f));
        if (!gradle)
            return undefined;
        const g = repo.exists('gradlew') ? './gradlew' : 'gradle';
        return {
            rule: 'jvm',
            ecosystem: 'java',
            evidence: [gradle],
            found: `gradle (${g}), test-results JUnit`,
            steps: [
                { stage: 'build', step: { run: `${g} assemble` }, why: `${gradle} → gradle` },
                {
                    stage: 'test',
                    step: { run: `${g} test`, junit: '**/build/test-results/test/*.xml' },
                    why: 'gradle writes JUnit XML per test class',
                },
            ],
            lockfile: repo.exists('gradle.lockfile') ? 'gradle.lockfile' : undefined,
            semgrep: { language: gradle.endsWith('.kts') ? 'Kotlin' : 'Java', ruleset: gradle.endsWith('.kts') ? 'p/kotlin' : 'p/java' },
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/node.js
// Node: the package manager from the lockfile, build/test from package.json, JUnit from the test runner.

const JUNIT_NODE = '.runlens-reports/junit-node.xml';
const MANAGERS = [
    { lock: 'pnpm-lock.yaml', pm: 'pnpm', install: 'pnpm install --frozen-lockfile', exec: 'pnpm exec', run: 'pnpm run' },
    { lock: 'bun.lock', pm: 'bun', install: 'bun install --frozen-lockfile', exec: 'bunx', run: 'bun run' },
    { lock: 'bun.lockb', pm: 'bun', install: 'bun install --frozen-lockfile', exec: 'bunx', run: 'bun run' },
    { lock: 'yarn.lock', pm: 'yarn', install: 'yarn install --immutable', exec: 'yarn exec', run: 'yarn run' },
    { lock: 'package-lock.json', pm: 'npm', install: 'npm ci', exec: 'npx --no-install', run: 'npm run' },
];
const NO_TEST = /no test specified/;
const nodeRule = {
    id: 'node',
    detect(repo) {
        const pkg = repo.json('package.json');
        if (!pkg)
            return undefined;
        const lock = firstExisting(repo, MANAGERS.map((m) => m.lock));
        const m = MANAGERS.find((x) => x.lock === lock) ?? {
            lock: undefined,
            pm: 'npm',
            install: 'npm install',
            exec: 'npx --no-install',
            run: 'npm run',
        };
        // yarn 1 has no --immutable.
        const install = m.pm === 'yarn' && !repo.exists('.yarnrc.yml') ? 'yarn install --frozen-lockfile' : m.install;
        const scripts = (pkg.scripts ?? {});
        const deps = { ...pkg.dependencies, ...pkg.devDependencies };
        const steps = [];
        const notes = [];
        const build = scripts.build ? `${install} && ${m.run} build` : install;
        steps.push({ stage: 'build', step: { run: build }, why: `${lock ?? 'package.json (no lockfile)'} → ${m.pm}` });
        let runner = 'npm test';
        if (deps.vitest) {
            runner = 'vitest';
            steps.push({
                stage: 'test',
                step: {
                    run: `${m.exec} vitest run --reporter=default --reporter=junit --outputFile.junit=${JUNIT_NODE}`,
                    junit: JUNIT_NODE,
                },
                why: 'vitest is a dependency; its junit reporter writes the results',
            });
        }
        else if (deps.jest) {
            runner = 'jest';
            if (deps['jest-junit']) {
                steps.push({
                    stage: 'test',
                    step: {
                        run: `${m.exec} jest --ci --reporters=default --reporters=jest-junit`,
                        env: { JEST_JUNIT_OUTPUT_FILE: JUNIT_NODE },
                        junit: JUNIT_NODE,
                    },
                    why: 'jest with jest-junit: JUnit through its reporter',
                });
            }
            else {
                steps.push({ stage: 'test', step: { run: `${m.exec} jest --ci` }, why: 'jest is a dependency' });
                notes.push(`jest: add jest-junit (\`${m.pm} add -D jest-junit\`) and re-run init to get test results in the reports`);
            }
        }
        else if (scripts.test && !NO_TEST.test(scripts.test)) {
            steps.push({ stage: 'test', step: { run: `${m.run} test` }, why: 'package.json has a test script (runner unknown: no JUnit)' });
        }
        const eslintConfig = firstExisting(repo, [
            'eslint.config.js',
            'eslint.config.mjs',
            'eslint.config.cjs',
            'eslint.config.ts',
            '.eslintrc.js',
            '.eslintrc.cjs',
            '.eslintrc.json',
            '.eslintrc.yml',
            '.eslintrc.yaml',
            '.eslintrc',
        ]);
        const lintWhy = [];
        if (eslintConfig) {
            steps.push({
                stage: 'lint',
                step: { uses: 'tool', with: { preset: 'eslint' } },
                why: `${eslintConfig}: the eslint preset reads its JSON report`,
            });
            lintWhy.push('eslint');
        }
        const evidence = ['package.json', ...(lock ? [lock] : []), ...(eslintConfig ? [eslintConfig] : [])];
        const typescript = Boolean(deps.typescript) || repo.exists('tsconfig.json');
        return {
            rule: 'node',
            ecosystem: 'node',
            evidence,
            found: [`${m.pm}${lock ? ` (${lock})` : ''}`, runner, ...lintWhy].join(', '),
            steps,
            lockfile: lock,
            semgrep: typescript ? { language: 'TypeScript', ruleset: 'p/typescript' } : { language: 'JavaScript', ruleset: 'p/javascript' },
            githubSetup: m.pm === 'pnpm' || m.pm === 'yarn' ? ['corepack enable'] : m.pm === 'bun' ? ['npm install -g bun'] : [],
            gitlabSetup: m.pm === 'pnpm' || m.pm === 'yarn' ? ['corepack enable'] : m.pm === 'bun' ? ['npm install -g bun'] : [],
            notes,
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/php.js
const phpRule = {
    id: 'php',
    detect(repo) {
        const composer = repo.json('composer.json');
        if (!composer)
            return undefined;
        const deps = { ...composer.require, ...composer['require-dev'] };
        const steps = [{ stage: 'build', step: { run: 'composer install --no-interaction' }, why: 'composer.json → composer' }];
        if (deps['phpunit/phpunit'])
            steps.push({
                stage: 'test',
                step: { run: 'vendor/bin/phpunit --log-junit .runlens-reports/junit-php.xml', junit: '.runlens-reports/junit-php.xml' },
                why: 'phpunit --log-junit writes JUnit',
            });
        return {
            rule: 'php',
            ecosystem: 'php',
            evidence: ['composer.json', ...(repo.exists('composer.lock') ? ['composer.lock'] : [])],
            found: ['composer', ...(deps['phpunit/phpunit'] ? ['phpunit'] : [])].join(', '),
            steps,
            lockfile: repo.exists('composer.lock') ? 'composer.lock' : undefined,
            semgrep: { language: 'PHP', ruleset: 'p/php' },
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/python.js

const JUNIT_PYTHON = '.runlens-reports/junit-python.xml';
const pythonRule = {
    id: 'python',
    detect(repo) {
        const pyproject = repo.toml('pyproject.toml');
        const requirements = firstExisting(repo, ['requirements-dev.txt', 'requirements.txt']);
        const hasPy = pyproject || requirements || repo.exists('setup.py') || repo.exists('Pipfile');
        if (!hasPy)
            return undefined;
        const tool = (pyproject?.tool ?? {});
        let m;
        if (repo.exists('uv.lock'))
            m = { pm: 'uv', lock: 'uv.lock', install: 'uv sync --locked', exec: 'uv run', setup: ['pipx install uv'] };
        else if (repo.exists('poetry.lock') || tool.poetry)
            m = {
                pm: 'poetry',
                lock: repo.exists('poetry.lock') ? 'poetry.lock' : undefined,
                install: 'poetry install',
                exec: 'poetry run',
                setup: ['pipx install poetry'],
            };
        else if (repo.exists('Pipfile'))
            m = {
                pm: 'pipenv',
                lock: repo.exists('Pipfile.lock') ? 'Pipfile.lock' : undefined,
                install: 'pipenv install --dev',
                exec: 'pipenv run',
                setup: ['pipx install pipenv'],
            };
        else
            m = {
                pm: 'pip',
                lock: requirements,
                // A virtual environment: system Pythons refuse `pip install` (PEP 668).
                install: `python3 -m venv .venv && .venv/bin/pip install ${requirements ? `-r ${requirements}` : '-e .'}`,
                exec: '.venv/bin/python -m',
                setup: [],
            };
        const everything = [repo.read('pyproject.toml'), repo.read(m.lock ?? ''), repo.read(requirements ?? '')].join('\n');
        const pytest = /\bpytest\b/.test(everything) || repo.exists('pytest.ini') || repo.exists('conftest.py') || repo.exists('tests/conftest.py');
        const steps = [{ stage: 'build', step: { run: m.install }, why: `${m.lock ?? 'pyproject.toml'} → ${m.pm}` }];
        const notes = [];
        if (pytest) {
            const cmd = `${m.exec} pytest`;
            steps.push({
                stage: 'test',
                step: { run: `${cmd} --junitxml=${JUNIT_PYTHON}`, junit: JUNIT_PYTHON },
                why: 'pytest is a dependency: --junitxml writes the results',
            });
        }
        else
            notes.push('python: no test runner found; add pytest and re-run init (`pytest --junitxml` feeds the test reports)');
        const ruffConfig = tool.ruff ? 'pyproject.toml [tool.ruff]' : firstExisting(repo, ['ruff.toml', '.ruff.toml']);
        if (ruffConfig)
            steps.push({
                stage: 'lint',
                step: { uses: 'tool', with: { preset: 'ruff' } },
                why: `${ruffConfig}: the ruff preset reads its JSON report`,
            });
        return {
            rule: 'python',
            ecosystem: 'python',
            evidence: [
                ...(pyproject ? ['pyproject.toml'] : []),
                ...(m.lock ? [m.lock] : []),
                ...(ruffConfig?.startsWith('pyproject') ? [] : ruffConfig ? [ruffConfig] : []),
            ],
            found: [`${m.pm}${m.lock ? ` (${m.lock})` : ''}`, ...(pytest ? ['pytest'] : []), ...(ruffConfig ? ['ruff'] : [])].join(', '),
            steps,
            lockfile: m.lock,
            semgrep: { language: 'Python', ruleset: 'p/python' },
            githubSetup: [...m.setup, ...(ruffConfig ? ['pipx install ruff'] : [])],
            gitlabSetup: [
                'apt-get update -qq && apt-get install -y -qq python3-venv pipx >/dev/null',
                'export PATH="$HOME/.local/bin:$PATH"',
                ...m.setup,
                ...(ruffConfig ? ['pipx install ruff'] : []),
            ],
            notes,
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/ruby.js
const rubyRule = {
    id: 'ruby',
    detect(repo) {
        if (!repo.exists('Gemfile'))
            return undefined;
        const gems = (repo.read('Gemfile') ?? '') + (repo.read('Gemfile.lock') ?? '');
        const steps = [{ stage: 'build', step: { run: 'bundle install' }, why: 'Gemfile → bundler' }];
        const notes = [];
        if (/rspec_junit_formatter/.test(gems))
            steps.push({
                stage: 'test',
                step: {
                    run: 'bundle exec rspec --format progress --format RspecJunitFormatter --out .runlens-reports/junit-ruby.xml',
                    junit: '.runlens-reports/junit-ruby.xml',
                },
                why: 'rspec with rspec_junit_formatter writes JUnit',
            });
        else if (/\brspec\b/.test(gems)) {
            steps.push({ stage: 'test', step: { run: 'bundle exec rspec' }, why: 'rspec is in the Gemfile' });
            notes.push('ruby: add the rspec_junit_formatter gem and re-run init to get test results in the reports');
        }
        else if (repo.exists('Rakefile'))
            steps.push({ stage: 'test', step: { run: 'bundle exec rake test' }, why: 'Rakefile' });
        return {
            rule: 'ruby',
            ecosystem: 'ruby',
            evidence: ['Gemfile', ...(repo.exists('Gemfile.lock') ? ['Gemfile.lock'] : [])],
            found: ['bundler', ...(/\brspec\b/.test(gems) ? ['rspec'] : [])].join(', '),
            steps,
            lockfile: repo.exists('Gemfile.lock') ? 'Gemfile.lock' : undefined,
            semgrep: { language: 'Ruby', ruleset: 'p/ruby' },
            notes,
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/rust.js
const rustRule = {
    id: 'rust',
    detect(repo) {
        if (!repo.exists('Cargo.toml'))
            return undefined;
        const locked = repo.exists('Cargo.lock') ? ' --locked' : '';
        const steps = [{ stage: 'build', step: { run: `cargo build${locked}` }, why: 'Cargo.toml → cargo' }];
        const notes = [];
        const nextestJunit = /\[profile\.ci\.junit\]/.test(repo.read('.config/nextest.toml') ?? '');
        if (repo.onPath('cargo-nextest') && nextestJunit) {
            steps.push({
                stage: 'test',
                step: { run: `cargo nextest run --profile ci${locked}`, junit: 'target/nextest/ci/junit.xml' },
                why: 'cargo-nextest with a [profile.ci.junit] in .config/nextest.toml writes JUnit',
            });
        }
        else {
            steps.push({
                stage: 'test',
                step: { run: `cargo test${locked}` },
                why: 'cargo test (no JUnit: cargo-nextest with a ci junit profile is not set up)',
            });
            notes.push('rust: for test results in the reports, install cargo-nextest and add `[profile.ci.junit]\\npath = "junit.xml"` to .config/nextest.toml, then re-run init');
        }
        return {
            rule: 'rust',
            ecosystem: 'rust',
            evidence: ['Cargo.toml', ...(locked ? ['Cargo.lock'] : [])],
            found: ['cargo', steps[1].step.junit ? 'nextest' : 'cargo test'].join(', '),
            steps,
            lockfile: locked ? 'Cargo.lock' : undefined,
            semgrep: { language: 'Rust', ruleset: 'p/rust' },
            // Debian's cargo lags years behind: rustup, as rust-lang.org documents it.
            gitlabSetup: [
                'curl -fsSL https://sh.rustup.rs | sh -s -- -y --profile minimal --no-modify-path',
                'export PATH="$HOME/.cargo/bin:$PATH"',
            ],
            notes,
        };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/semgrep-rules.js

const LOCAL_SEMGREP = ['.semgrep.yml', '.semgrep.yaml', '.semgrep', 'semgrep'];
const semgrepRulesRule = {
    id: 'semgrep-rules',
    detect(repo) {
        const file = firstExisting(repo, LOCAL_SEMGREP);
        if (!file)
            return undefined;
        return { rule: 'semgrep-rules', evidence: [file], found: `semgrep rules (${file})` };
    },
};

;// CONCATENATED MODULE: ./lib/commands/init/rules/index.js










const RULES = [
    nodeRule,
    pythonRule,
    goRule,
    rustRule,
    jvmRule,
    rubyRule,
    phpRule,
    gitleaksRule,
    semgrepRulesRule,
    goldenRule,
];

// EXTERNAL MODULE: ./lib/commands/init/templates.js
var templates = __webpack_require__(60866);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/base/atomic-write.js
var atomic_write = __webpack_require__(14698);
;// CONCATENATED MODULE: ./lib/commands/init/write.js
// Writes init's files: never over a different file without --force; the same content again is "unchanged" (idempotent).




function fileStatus(root, f, o) {
    const abs = external_node_path_.join(root, f.path);
    if (!(0,external_node_fs_.existsSync)(abs))
        return o.dryRun ? 'would create' : 'created';
    if ((0,external_node_fs_.readFileSync)(abs, 'utf8') === f.content)
        return 'unchanged';
    if (!o.force)
        return 'kept';
    return o.dryRun ? 'would overwrite' : 'overwritten';
}
async function writeFiles(root, files, o) {
    const out = [];
    for (const f of files) {
        const status = fileStatus(root, f, o);
        if (status === 'created' || status === 'overwritten') {
            const abs = external_node_path_.join(root, f.path);
            await (0,promises_.mkdir)(external_node_path_.dirname(abs), { recursive: true });
            await (0,atomic_write.atomicWriteFile)(abs, f.content);
        }
        out.push({ ...f, status });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/commands/init/index.js
// `runlens init`: detect what the repository is, plan runlens.yml and the CI wiring, say why, and write (or print) it.
// `runlens init --template NAME` scaffolds a pipeline template instead of detecting.









const WORKFLOW_PATH = '.github/workflows/runlens.yml';
const GITLAB_PATH = '.gitlab-ci.yml';
function detect(workspace, env, offline) {
    const repo = readRepo(workspace, env);
    return RULES.map((r) => r.detect(repo, { offline })).filter((d) => Boolean(d));
}
function defaultBranch(workspace) {
    try {
        return /^ref: refs\/heads\/(.+)$/m.exec((0,external_node_fs_.readFileSync)(external_node_path_.join(workspace, '.git', 'HEAD'), 'utf8'))?.[1]?.trim() ?? 'main';
    }
    catch {
        return 'main';
    }
}
async function init(o) {
    if (o.lang && !o.template)
        throw new errors/* UsageError */.eb('--lang picks the language of a template: use it with --template (see `runlens templates`)');
    const log = o.log;
    let files;
    let detections = [];
    let ci;
    if (o.template) {
        const { template, lang } = (0,templates/* findTemplate */._4)(o.template, o.lang, undefined);
        files = (0,templates/* templateFiles */.o8)(template, lang);
        log(`template ${template.name} (${lang}): ${template.description}`);
        ci = { uploadSarif: o.uploadSarif, githubSetup: [], gitlabSetup: [], defaultBranch: defaultBranch(o.workspace) };
    }
    else {
        detections = detect(o.workspace, o.env, o.offline);
        const repo = readRepo(o.workspace, o.env);
        const pipeline = planPipeline(repo, detections, { offline: o.offline, osvDb: o.osvDb });
        log('Found:');
        if (!detections.length)
            log('  nothing runlens recognises (no package manager, test runner or linter config)');
        for (const d of detections)
            log(`  ${d.rule.padEnd(13)} ${d.found}   [${d.evidence.join(', ')}]`);
        log('Chose:');
        for (const c of pipeline.choices)
            log(`  ${c.what.padEnd(13)} ${c.why}`);
        if (pipeline.notes.length) {
            log('Not wired (do it yourself, or re-run init once done):');
            for (const n of pipeline.notes)
                log(`  - ${n}`);
        }
        files = [{ path: 'runlens.yml', content: pipeline.yaml }];
        const setup = (k) => [...new Set(detections.flatMap((d) => d[k] ?? []))];
        ci = {
            uploadSarif: o.uploadSarif,
            githubSetup: setup('githubSetup'),
            gitlabSetup: setup('gitlabSetup'),
            defaultBranch: defaultBranch(o.workspace),
        };
    }
    if (!files.some((f) => f.path === WORKFLOW_PATH))
        files.push({ path: WORKFLOW_PATH, content: githubWorkflow(ci) });
    if (!files.some((f) => f.path === GITLAB_PATH))
        files.push({ path: GITLAB_PATH, content: gitlabCi(ci) });
    log(o.uploadSarif
        ? 'GitHub: SARIF goes to code scanning (security-events: write); pull-requests: write for the summary comment.'
        : 'GitHub: permissions contents: read + pull-requests: write (summary comment); --upload-sarif adds code scanning (security-events: write).');
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
            const { confirm } = await __webpack_require__.e(/* import() */ 2512).then(__webpack_require__.bind(__webpack_require__, 42512));
            const ok = await confirm({ message: `Write ${pending.map((f) => f.path).join(', ')}?`, default: true }).catch((err) => {
                // Ctrl-C at the question is an answer, not a crash.
                if (err instanceof Error && err.name === 'ExitPromptError')
                    return false;
                throw err;
            });
            if (!ok)
                throw new errors/* UsageError */.eb('nothing written (answered no); --dry-run shows the files');
        }
    }
    const written = await writeFiles(o.workspace, files, opts);
    for (const f of written) {
        const hint = f.status === 'kept'
            ? ` — exists and differs: kept it (--force overwrites, --dry-run shows the new one)${f.path === GITLAB_PATH ? `; or add the runlens job by hand:\n${gitlabCi(ci)}` : ''}`
            : '';
        log(`${f.status.padEnd(11)} ${f.path}${hint}`);
    }
    if (written.some((f) => f.path === 'runlens.yml' && f.status !== 'kept'))
        log('Next: `runlens run` runs the pipeline here; commit the files to run it in CI.');
    return { detections, files: written };
}


/***/ }),

/***/ 60866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _4: () => (/* binding */ findTemplate),
/* harmony export */   listTemplates: () => (/* binding */ listTemplates),
/* harmony export */   o8: () => (/* binding */ templateFiles)
/* harmony export */ });
/* unused harmony exports TEMPLATES_DIR, templatesRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17594);
// Pipeline templates are data: a folder per template under pipeline-templates/ (template.json + one folder per
// language). Adding a template is adding a folder. The folder ships beside the bundle (dist/pipeline-templates)
// and in the package; from source it is found by walking up to the repository.





const TEMPLATES_DIR = 'pipeline-templates';
const metadata = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    title: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    /** Language folder per language; the first is the default. */
    languages: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).min(1),
})
    .strict();
function templatesRoot(env = process.env) {
    if (env.RUNLENS_TEMPLATES_DIR)
        return env.RUNLENS_TEMPLATES_DIR;
    const here = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let d = here;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, TEMPLATES_DIR);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        if (d === node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d))
            break;
    }
    throw new Error(`runlens bug: the ${TEMPLATES_DIR}/ folder is not beside ${here} nor above it`);
}
function listTemplates(root = templatesRoot()) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })
        .filter((e) => e.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.name, 'template.json')))
        .map((e) => {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.name);
        const parsed = metadata.safeParse(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'template.json'), 'utf8')));
        if (!parsed.success)
            throw new Error(`runlens bug: ${dir}/template.json: ${parsed.error.message}`);
        return { name: e.name, dir, ...parsed.data };
    })
        .sort((a, b) => a.name.localeCompare(b.name));
}
function findTemplate(name, lang, root = templatesRoot()) {
    const all = listTemplates(root);
    const template = all.find((t) => t.name === name);
    if (!template)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown template "${name}"; templates: ${all.map((t) => t.name).join(', ')} (see \`runlens templates\`)`);
    const chosen = lang ?? template.languages[0];
    if (!template.languages.includes(chosen))
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`template "${name}" has no ${chosen} version; languages: ${template.languages.join(', ')}`);
    return { template, lang: chosen };
}
/** Every file of the template's language folder, repository-relative. */
function templateFiles(template, lang) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.join(template.dir, lang);
    const files = [];
    const walk = (rel) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, rel)).sort()) {
            const r = rel ? `${rel}/${name}` : name;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, r)).isDirectory())
                walk(r);
            // npm drops .gitignore from packages: templates keep it as `gitignore`.
            else
                files.push({ path: r === 'gitignore' ? '.gitignore' : r, content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, r), 'utf8') });
        }
    };
    walk('');
    return files;
}


/***/ })

};
