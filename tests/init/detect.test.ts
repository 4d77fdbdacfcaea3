// Each detection rule against its fixture: the real-tool repositories (tests/fixtures/init/<eco>) and small
// hand-made trees for the rules that only look for a file (tests/fixtures/init/rules/<case>).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/commands/init/index.js';
import { planPipeline } from '../../src/commands/init/pipeline.js';
import { readRepo } from '../../src/commands/init/repo.js';
import { goVersion } from '../../src/commands/init/rules/go.js';
import type { Detection } from '../../src/commands/init/types.js';
import { INIT_FIXTURES } from './support.js';

// No semgrep, gotestsum or cargo-nextest on this PATH: what init decides must not depend on the test machine.
const ENV = { PATH: '/nonexistent' };

function run(fixture: string, offline = true): Detection[] {
  return detect(path.join(INIT_FIXTURES, fixture), ENV, offline);
}

function rule(fixture: string, id: string, offline = true): Detection {
  const d = run(fixture, offline).find((x) => x.rule === id);
  if (!d) throw new Error(`rule ${id} did not fire on ${fixture}`);
  return d;
}

const step = (d: Detection, stage: string) => d.steps?.find((s) => s.stage === stage)?.step;

describe('package managers and test runners', () => {
  it('npm with vitest: npm ci, and vitest writes JUnit', () => {
    const d = rule('node-vitest', 'node');
    expect(d.found).toBe('npm (package-lock.json), vitest');
    expect(step(d, 'build')).toEqual({ run: 'npm ci' });
    expect(step(d, 'test')).toMatchObject({ run: expect.stringContaining('--reporter=junit'), junit: '.runlens-reports/junit-node.xml' });
  });

  it('pnpm with jest-junit, a build script and eslint', () => {
    const d = rule('rules/pnpm-jest', 'node');
    expect(step(d, 'build')).toEqual({ run: 'pnpm install --frozen-lockfile && pnpm run build' });
    expect(step(d, 'test')).toMatchObject({ env: { JEST_JUNIT_OUTPUT_FILE: '.runlens-reports/junit-node.xml' } });
    expect(step(d, 'lint')).toEqual({ uses: 'tool', with: { preset: 'eslint' } });
    expect(d.semgrep?.ruleset).toBe('p/typescript');
  });

  it('yarn berry (.yarnrc.yml) installs --immutable and runs the test script', () => {
    const d = rule('rules/yarn-berry', 'node');
    expect(step(d, 'build')).toEqual({ run: 'yarn install --immutable' });
    expect(step(d, 'test')).toEqual({ run: 'yarn run test' });
  });

  it("bun, and npm init's placeholder test script is not a test", () => {
    const d = rule('rules/bun-plain', 'node');
    expect(step(d, 'build')).toEqual({ run: 'bun install --frozen-lockfile' });
    expect(step(d, 'test')).toBeUndefined();
  });

  it('uv with pytest and ruff in pyproject.toml', () => {
    const d = rule('python-uv', 'python');
    expect(d.found).toBe('uv (uv.lock), pytest, ruff');
    expect(step(d, 'test')).toEqual({
      run: 'uv run pytest --junitxml=.runlens-reports/junit-python.xml',
      junit: '.runlens-reports/junit-python.xml',
    });
    expect(step(d, 'lint')).toEqual({ uses: 'tool', with: { preset: 'ruff' } });
  });

  it('poetry (poetry new + poetry lock)', () => {
    const d = rule('python-poetry', 'python');
    expect(d.found).toMatch(/^poetry \(poetry\.lock\)/);
    expect(step(d, 'build')).toEqual({ run: 'poetry install' });
  });

  it('pip requirements: a virtual environment, pytest, ruff.toml', () => {
    const d = rule('rules/pip-requirements', 'python');
    expect(step(d, 'build')).toEqual({ run: 'python3 -m venv .venv && .venv/bin/pip install -r requirements.txt' });
    expect(step(d, 'test')).toMatchObject({ run: '.venv/bin/python -m pytest --junitxml=.runlens-reports/junit-python.xml' });
    expect(step(d, 'lint')).toEqual({ uses: 'tool', with: { preset: 'ruff' } });
  });

  it('go: gotestsum through `go run` online, plain go test offline with a note', () => {
    expect(step(rule('go-mod', 'go', false), 'test')).toMatchObject({ junit: '.runlens-reports/junit-go.xml' });
    const offline = rule('go-mod', 'go');
    expect(step(offline, 'test')).toEqual({ run: 'go test ./...' });
    expect(offline.notes?.[0]).toMatch(/install gotestsum/);
  });

  it('GitLab installs the Go release go.mod names (Debian golang is too old)', () => {
    expect(goVersion('module m\n\ngo 1.26.8\n')).toBe('1.26.8');
    expect(goVersion('module m\ngo 1.22\n')).toBe('1.22.0');
    expect(goVersion('module m\ngo 1.22\ntoolchain go1.23.4\n')).toBe('1.23.4');
    expect(rule('go-mod', 'go').gitlabSetup?.[0]).toMatch(/go\.dev\/dl\/go1\.\d+\.\d+\.linux-amd64\.tar\.gz/);
  });

  it('golangci-lint config: SARIF from golangci-lint through the tool step', () => {
    expect(step(rule('rules/go-golangci', 'go'), 'lint')).toMatchObject({ uses: 'tool', with: { format: 'sarif', name: 'golangci-lint' } });
  });

  it('cargo: cargo test, nextest advised', () => {
    const d = rule('rust-cargo', 'rust');
    expect(step(d, 'test')).toEqual({ run: 'cargo test --locked' });
    expect(d.notes?.[0]).toMatch(/cargo-nextest/);
  });

  it('maven and gradle test reports are JUnit already', () => {
    expect(step(rule('rules/maven', 'jvm'), 'test')).toMatchObject({ junit: 'target/surefire-reports/TEST-*.xml' });
    const gradle = rule('rules/gradle-kts', 'jvm');
    expect(step(gradle, 'test')).toEqual({ run: './gradlew test', junit: '**/build/test-results/test/*.xml' });
    expect(gradle.semgrep?.ruleset).toBe('p/kotlin');
  });

  it('bundler with rspec_junit_formatter, composer with phpunit', () => {
    expect(step(rule('rules/bundler-rspec', 'ruby'), 'test')).toMatchObject({ junit: '.runlens-reports/junit-ruby.xml' });
    expect(step(rule('rules/composer-phpunit', 'php'), 'test')).toMatchObject({ junit: '.runlens-reports/junit-php.xml' });
  });
});

describe('existing configuration', () => {
  it('a .gitleaks.toml is loaded by the secrets step', () => {
    const dir = path.join(INIT_FIXTURES, 'rules/gitleaks-golden');
    const p = planPipeline(readRepo(dir, ENV), run('rules/gitleaks-golden'), { offline: true });
    expect(p.steps.secrets).toEqual({ uses: 'secrets', with: { 'gitleaks-config': '.gitleaks.toml' } });
  });

  it('golden and snapshot folders are reported with how to wire them', () => {
    const d = rule('rules/gitleaks-golden', 'golden');
    expect(d.evidence).toEqual(['tests/golden', 'src/__snapshots__']);
    expect(d.notes?.[0]).toMatch(/uses: golden/);
  });

  it('local semgrep rules are used when semgrep is installed, and advised when it is not', () => {
    const dir = path.join(INIT_FIXTURES, 'rules/gitleaks-golden');
    const without = planPipeline(readRepo(dir, ENV), run('rules/gitleaks-golden'), { offline: true });
    expect(without.steps.semgrep).toBeUndefined();
    expect(without.notes.join('\n')).toMatch(/semgrep: not on PATH/);
    const bin = path.join(INIT_FIXTURES, 'rules', 'fake-bin');
    const withIt = planPipeline(readRepo(dir, { PATH: bin }), run('rules/gitleaks-golden'), { offline: true });
    expect(withIt.steps.semgrep).toEqual({ uses: 'semgrep', with: { config: ['.semgrep.yml'] } });
  });

  it('a repository init does not recognise still gets the secret scan', () => {
    const dir = path.join(INIT_FIXTURES, 'rules', 'fake-bin');
    const p = planPipeline(readRepo(dir, ENV), detect(dir, ENV, true), { offline: true });
    expect(Object.keys(p.steps)).toEqual(['secrets']);
  });
});
