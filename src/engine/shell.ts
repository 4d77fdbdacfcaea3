// How a string `run:` becomes argv. The flags follow GitHub Actions' own shells so a script behaves
// the same under runlens as in a workflow `run:`: bash stops at the first failing command (-e) and a
// failure inside a pipe (`make | tee log`) is not hidden by the last command (-o pipefail); no profile
// or rc file is read, so the runner's dotfiles cannot change the result.
const SHELLS: Record<string, (script: string) => string[]> = {
  bash: (s) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', s],
  sh: (s) => ['sh', '-e', '-c', s],
  zsh: (s) => ['zsh', '--no-rcs', '-e', '-o', 'pipefail', '-c', s],
  pwsh: (s) => [
    'pwsh',
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    `$ErrorActionPreference = 'stop'\n${s}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`,
  ],
  python: (s) => ['python3', '-c', s],
};

/**
 * argv for a step command. A list runs as is, with no shell (so `$HOME` stays literal). A string runs
 * through `shell`: a known name (bash, sh, zsh, pwsh, python), or a command line such as `bash -x -c`
 * that the script is appended to.
 */
export function commandArgv(command: string | string[], shell: string): string[] {
  if (Array.isArray(command)) return command;
  const known = SHELLS[shell];
  if (known) return known(command);
  const words = shell.trim().split(/\s+/);
  return words.length > 1 ? [...words, command] : [shell, '-c', command];
}
