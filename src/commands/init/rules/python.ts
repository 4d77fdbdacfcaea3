// Python: uv, poetry, pipenv or pip from the lockfile/pyproject; pytest writes JUnit with --junitxml; ruff if configured.
import type { Detection, PlannedStep, Rule } from '../types.js';
import { firstExisting } from '../repo.js';

export const JUNIT_PYTHON = '.runlens-reports/junit-python.xml';

interface Manager {
  pm: string;
  lock?: string;
  install: string;
  exec: string;
  setup: string[];
}

export const pythonRule: Rule = {
  id: 'python',
  detect(repo) {
    const pyproject = repo.toml('pyproject.toml');
    const requirements = firstExisting(repo, ['requirements-dev.txt', 'requirements.txt']);
    const hasPy = pyproject || requirements || repo.exists('setup.py') || repo.exists('Pipfile');
    if (!hasPy) return undefined;
    const tool = (pyproject?.tool ?? {}) as Record<string, unknown>;
    let m: Manager;
    if (repo.exists('uv.lock')) m = { pm: 'uv', lock: 'uv.lock', install: 'uv sync --locked', exec: 'uv run', setup: ['pipx install uv'] };
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
    const pytest =
      /\bpytest\b/.test(everything) || repo.exists('pytest.ini') || repo.exists('conftest.py') || repo.exists('tests/conftest.py');
    const steps: PlannedStep[] = [{ stage: 'build', step: { run: m.install }, why: `${m.lock ?? 'pyproject.toml'} → ${m.pm}` }];
    const notes: string[] = [];
    if (pytest) {
      const cmd = `${m.exec} pytest`;
      steps.push({
        stage: 'test',
        step: { run: `${cmd} --junitxml=${JUNIT_PYTHON}`, junit: JUNIT_PYTHON },
        why: 'pytest is a dependency: --junitxml writes the results',
      });
    } else notes.push('python: no test runner found; add pytest and re-run init (`pytest --junitxml` feeds the test reports)');
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
    } satisfies Detection;
  },
};
