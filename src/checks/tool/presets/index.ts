// Every preset `uses: tool` knows, by name. Adding one is a file beside this one and a line here.
import type { PresetName } from '../options.js';
import type { Preset } from '../preset.js';
import { bandit } from './bandit.js';
import { eslint } from './eslint.js';
import { gitleaks } from './gitleaks.js';
import { hadolint } from './hadolint.js';
import { npmAudit } from './npm-audit.js';
import { osvScanner } from './osv-scanner.js';
import { pipAudit } from './pip-audit.js';
import { ruff } from './ruff.js';
import { shellcheck } from './shellcheck.js';
import { trivy } from './trivy.js';

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  bandit,
  ruff,
  eslint,
  shellcheck,
  hadolint,
  gitleaks,
  'osv-scanner': osvScanner,
  'npm-audit': npmAudit,
  'pip-audit': pipAudit,
  trivy,
};
