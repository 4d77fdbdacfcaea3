// Local semgrep rules the repository already keeps: used as they are (no network needed).
import type { Rule } from '../types.js';
import { firstExisting } from '../repo.js';

export const LOCAL_SEMGREP = ['.semgrep.yml', '.semgrep.yaml', '.semgrep', 'semgrep'];

export const semgrepRulesRule: Rule = {
  id: 'semgrep-rules',
  detect(repo) {
    const file = firstExisting(repo, LOCAL_SEMGREP);
    if (!file) return undefined;
    return { rule: 'semgrep-rules', evidence: [file], found: `semgrep rules (${file})` };
  },
};
