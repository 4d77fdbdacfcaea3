// Node: the package manager from the lockfile, build/test from package.json, JUnit from the test runner.
import { firstExisting } from '../repo.js';
import type { Detection, PlannedStep, Rule } from '../types.js';

export const JUNIT_NODE = '.runlens-reports/junit-node.xml';

const MANAGERS = [
  { lock: 'pnpm-lock.yaml', pm: 'pnpm', install: 'pnpm install --frozen-lockfile', exec: 'pnpm exec', run: 'pnpm run' },
  { lock: 'bun.lock', pm: 'bun', install: 'bun install --frozen-lockfile', exec: 'bunx', run: 'bun run' },
  { lock: 'bun.lockb', pm: 'bun', install: 'bun install --frozen-lockfile', exec: 'bunx', run: 'bun run' },
  { lock: 'yarn.lock', pm: 'yarn', install: 'yarn install --immutable', exec: 'yarn exec', run: 'yarn run' },
  { lock: 'package-lock.json', pm: 'npm', install: 'npm ci', exec: 'npx --no-install', run: 'npm run' },
] as const;

const NO_TEST = /no test specified/;

export const nodeRule: Rule = {
  id: 'node',
  detect(repo) {
    const pkg = repo.json('package.json');
    if (!pkg) return undefined;
    const lock = firstExisting(
      repo,
      MANAGERS.map((m) => m.lock),
    );
    const m = MANAGERS.find((x) => x.lock === lock) ?? {
      lock: undefined,
      pm: 'npm',
      install: 'npm install',
      exec: 'npx --no-install',
      run: 'npm run',
    };
    // yarn 1 has no --immutable.
    const install = m.pm === 'yarn' && !repo.exists('.yarnrc.yml') ? 'yarn install --frozen-lockfile' : m.install;
    const scripts = (pkg.scripts ?? {}) as Record<string, string>;
    const deps = { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) } as Record<string, string>;
    const steps: PlannedStep[] = [];
    const notes: string[] = [];
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
    } else if (deps.jest) {
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
      } else {
        steps.push({ stage: 'test', step: { run: `${m.exec} jest --ci` }, why: 'jest is a dependency' });
        notes.push(`jest: add jest-junit (\`${m.pm} add -D jest-junit\`) and re-run init to get test results in the reports`);
      }
    } else if (scripts.test && !NO_TEST.test(scripts.test)) {
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
    const lintWhy: string[] = [];
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
    } satisfies Detection;
  },
};
