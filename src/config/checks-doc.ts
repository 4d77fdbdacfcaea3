// The README's table of built-in checks, generated from the registry so it lists exactly the kinds that
// exist (a new check appears with its registration). scripts/gen-docs.mjs writes it; a test fails when stale.
import type { Check } from '../checks/check.js';
import { allChecks } from '../checks/registry.js';

export const CHECKS_START = '<!-- checks:start -->';
export const CHECKS_END = '<!-- checks:end -->';

const CATEGORY_WORDS: Record<Check['category'], string> = {
  secret: 'secrets',
  dependency: 'vulnerable dependencies',
  sast: 'code issues (SAST)',
  golden: 'golden-file mismatches',
  quality: 'code quality',
  test: 'test results',
  other: 'other',
  mixed: 'whatever the tool reports',
};

type Documented = Pick<Check, 'kind' | 'description' | 'category' | 'defaultPipeline' | 'requires'>;

/**
 * One row per registered check. `readmeOf(kind)` gives the repository path of the check's own README
 * (`src/checks/<kind>/README.md`) when it has one.
 */
export function checksTableMarkdown(readmeOf: (kind: string) => string | undefined, checks: readonly Documented[] = allChecks()): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const rows = checks.map((c) => {
    const findings = CATEGORY_WORDS[c.category];
    const needs = c.requires.length > 0 ? c.requires.map((r) => `\`${r.program}\``).join(', ') : '—';
    const readme = readmeOf(c.kind);
    const details = readme ? `[${readme}](${readme})` : '';
    return `| \`${c.kind}\` | ${cell(c.description)} | ${findings} | ${c.defaultPipeline ? 'yes' : ''} | ${needs} | ${details} |`;
  });
  return [
    '| `uses:` | what it does | findings | default pipeline | needs | details |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** `readme` with the text between the checks markers replaced by the current table. */
export function withChecksTable(readme: string, readmeOf: (kind: string) => string | undefined): string {
  const start = readme.indexOf(CHECKS_START);
  const end = readme.indexOf(CHECKS_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${CHECKS_START} and ${CHECKS_END} where the table of built-in checks goes`);
  }
  return `${readme.slice(0, start)}${CHECKS_START}\n\n${checksTableMarkdown(readmeOf)}\n\n${readme.slice(end)}`;
}
