// Which runlens category (and so which GitLab report) a finding from another tool's SARIF belongs
// to. SARIF has no such field, so this is a judgement from the tool name and rule tags. Data.
import { FINDING_CATEGORIES, type FindingCategory } from '../model/finding.js';

/** Lower-cased driver names of tools whose every result is of one category. */
const TOOL_CATEGORY: Record<string, FindingCategory> = {
  gitleaks: 'secret',
  trufflehog: 'secret',
  'detect-secrets': 'secret',
  'osv-scanner': 'dependency',
  grype: 'dependency',
  'dependency-check': 'dependency',
  'npm audit': 'dependency',
  'pip-audit': 'dependency',
  govulncheck: 'dependency',
};

/** Rule tags (lower-cased) that say what a result is, most specific first. */
const TAG_CATEGORY: Array<[RegExp, FindingCategory]> = [
  [/^(secret|secrets|credential|credentials|leak)$/, 'secret'],
  [/^(dependency|dependencies|vulnerable-dependency|sca|supply-chain)$/, 'dependency'],
  [/^(security|external\/cwe\/.*|cwe-\d+)$/, 'sast'],
];

/** `stated`: the result's own `properties.category`, which runlens's SARIF carries (so a merged or re-read report keeps it). */
export function categoryOf(toolName: string, tags: readonly string[], hasSecuritySeverity: boolean, stated?: unknown): FindingCategory {
  if (FINDING_CATEGORIES.includes(stated as FindingCategory)) return stated as FindingCategory;
  const byTool = TOOL_CATEGORY[toolName.toLowerCase()];
  if (byTool) return byTool;
  const lower = tags.map((t) => t.toLowerCase());
  for (const [pattern, category] of TAG_CATEGORY) {
    if (lower.some((t) => pattern.test(t))) return category;
  }
  // GitHub only reads security-severity for security results, so a tool that sets it means one.
  return hasSecuritySeverity ? 'sast' : 'quality';
}
