// The semgrep flags `extra-args` may add. Data. Everything runlens sets itself (configs, output format,
// metrics, targets, baseline) has an option of its own, and flags that change files (`--autofix`),
// reach other hosts (`--remote`) or replace the scan (`--test`, `--validate`) are left out on purpose.
const ALLOWED: Record<string, 'switch' | 'value'> = {
  '--severity': 'value',
  '--exclude-rule': 'value',
  '--no-git-ignore': 'switch',
  '--use-git-ignore': 'switch',
  '--scan-unknown-extensions': 'switch',
  '--skip-unknown-extensions': 'switch',
  '--exclude-minified-files': 'switch',
  '--no-exclude-minified-files': 'switch',
  '--exclude-binary-files': 'switch',
  '--no-exclude-binary-files': 'switch',
  '--enable-nosem': 'switch',
  '--disable-nosem': 'switch',
  '--max-memory': 'value',
  '--timeout-threshold': 'value',
  '--interfile-timeout': 'value',
  '--optimizations': 'value',
  '--max-lines-per-finding': 'value',
  '--max-chars-per-line': 'value',
  '--dataflow-traces': 'switch',
  '--oss-only': 'switch',
  '--pro': 'switch',
  '--pro-intrafile': 'switch',
  '--pro-languages': 'switch',
  '--strict': 'switch',
  '--no-strict': 'switch',
  '--time': 'switch',
  '--verbose': 'switch',
  '--no-rewrite-rule-ids': 'switch',
  '--rewrite-rule-ids': 'switch',
};

/** Where each runlens-owned flag is set instead, for a better message than "not allowed". */
const OWNED: Record<string, string> = {
  '--config': '`config`',
  '-c': '`config`',
  '-f': '`config`',
  '--include': '`include`',
  '--exclude': '`exclude`',
  '--jobs': '`jobs`',
  '-j': '`jobs`',
  '--timeout': '`timeout`',
  '--max-target-bytes': '`max-target-bytes`',
  '--baseline-commit': '`baseline-ref`',
  '--sarif-output': '`sarif-output`',
  '--json': 'runlens itself (it reads the JSON output)',
  '--metrics': 'runlens itself (metrics are always off)',
};

/** Problems with `extra-args`, one sentence each; empty when every flag is allowed. */
export function checkExtraArgs(args: readonly string[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const kind = ALLOWED[flag];
    if (!kind) {
      const where = OWNED[flag];
      problems.push(
        where
          ? `extra-args: "${flag}" is set through ${where}, not extra-args`
          : `extra-args: "${flag}" is not an allowed semgrep flag (allowed: ${Object.keys(ALLOWED).join(', ')})`,
      );
      continue;
    }
    if (kind === 'switch' && eq > 0) problems.push(`extra-args: "${flag}" takes no value`);
    if (kind === 'value' && eq < 0) {
      // `--severity ERROR` as two list items is fine too.
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-')) problems.push(`extra-args: "${flag}" needs a value (write ${flag}=VALUE)`);
      else i++;
    }
  }
  return problems;
}
