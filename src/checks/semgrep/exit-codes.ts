// What each exit code semgrep documents means (semgrep/error.py, semgrep.dev/docs/cli-reference).
// Data. runlens decides pass/fail from the JSON; these only say, in words, why a run went wrong.
export const SEMGREP_EXIT_CODES: Record<number, string> = {
  0: 'the scan completed',
  1: 'the scan completed with findings',
  2: 'semgrep failed (a fatal error: a rule that could not be parsed, a registry config it could not download, a git or internal error)',
  3: 'a target file could not be parsed (semgrep fails on this only with --strict)',
  4: 'a rule has an invalid pattern',
  5: 'a rule file is not valid YAML',
  6: 'a rule needs arbitrary code execution (no longer used by semgrep)',
  7: 'the configuration is invalid: a rule file or directory is missing, or a rule is malformed',
  8: 'a rule names a language semgrep does not support',
  9: 'a rule timed out (no longer used by semgrep)',
  10: 'a rule ran out of memory (no longer used by semgrep)',
  11: 'a target file could not be read by the lexer (no longer used by semgrep)',
  12: 'a rule matched too often (no longer used by semgrep)',
  13: 'the Semgrep App token (SEMGREP_APP_TOKEN) is invalid',
  14: 'the scan failed',
};

/** A sentence for an exit code or signal. */
export function describeExit(exitCode: number | null, signal: string | null): string {
  if (exitCode === null) {
    return signal === 'SIGKILL'
      ? 'semgrep was killed (SIGKILL; often the machine ran out of memory: try `jobs: 1` or `extra-args: [--max-memory=…]`)'
      : `semgrep was stopped by ${signal ?? 'a signal'}`;
  }
  const meaning = SEMGREP_EXIT_CODES[exitCode];
  return meaning ? `semgrep exited with ${exitCode}: ${meaning}` : `semgrep exited with ${exitCode}, a code semgrep does not document`;
}
