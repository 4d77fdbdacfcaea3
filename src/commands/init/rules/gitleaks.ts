// An existing gitleaks config: the secrets step loads its rules and allowlists.
import type { Rule } from '../types.js';
import { firstExisting } from '../repo.js';

export const gitleaksRule: Rule = {
  id: 'gitleaks',
  detect(repo) {
    const file = firstExisting(repo, ['.gitleaks.toml', 'gitleaks.toml', '.github/gitleaks.toml']);
    if (!file) return undefined;
    return { rule: 'gitleaks', evidence: [file], found: `gitleaks config (${file})`, secrets: { 'gitleaks-config': file } };
  },
};
