// pip requirements files (requirements.txt, requirements-dev.txt, …). There is no lockfile library for
// JavaScript, and pip's syntax is line-based, so it is read here: `\` continuations join lines, `#` starts a
// comment at a line start or after whitespace, `-r`/`--requirement` includes another file (relative to this
// one), other options are ignored. A requirement pinned with `==`/`===` (no wildcard) is a package; anything
// else (`>=`, no version, URLs, local paths, `-e`) installs a version the file does not name, so it is
// skipped and reported through `io.skipped`. Environment markers are kept, not evaluated: the file names the
// package for some environment. pip-compile's `# via` comments say whether a pin comes from the input file
// (`-r requirements.in`, `project (pyproject.toml)`; a `-c` constraint alone installs nothing), which gives `direct`; without them, no `direct`.
import path from 'node:path';
import { InputError } from '../../../base/errors.js';
import type { LockedPackage } from '../package.js';
import type { LockfileFormat, ParseIO } from './format.js';
import { splitLines } from './lines.js';

const HINT = 'each line is a requirement (`name==1.2.3`), an option (`-r other.txt`) or a comment';
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;
const SPECIFIER = /^\s*(===|==|!=|<=|>=|~=|<|>)\s*([^\s,;]+)\s*$/;
/** Options that take a value, as pip spells them. */
const VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--no-binary',
  '--only-binary',
  '--trusted-host',
  '--use-feature',
  '--hash',
  '--config-settings',
  '--global-option',
]);
const FLAG_OPTIONS = new Set(['--pre', '--prefer-binary', '--require-hashes', '--no-index']);

export const requirementsFormat: LockfileFormat = {
  id: 'requirements',
  ecosystem: 'PyPI',
  matches: (name) => name.endsWith('.txt') && name.toLowerCase().includes('requirements'),
  parse: (text, file, io) => parseRequirements(text, file, io),
};

interface Logical {
  text: string;
  line: number;
}

/** Physical lines → logical lines (continuations joined), plus pip-compile's `# via` comments per line. */
function logicalLines(text: string): Array<Logical & { via: string[] }> {
  const lines = splitLines(text);
  const out: Array<Logical & { via: string[] }> = [];
  let viaOpen = false;
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) {
      // `    # via django` or `    # via` followed by `    #   -r requirements.in` lines.
      const last = out[out.length - 1];
      const via = /^#\s*via\b\s*(.*)$/.exec(trimmed);
      if (via && last && /^\s/.test(line)) {
        viaOpen = true;
        if (via[1]) last.via.push(via[1].trim());
      } else if (viaOpen && last && /^\s/.test(line) && /^#\s{2,}\S/.test(trimmed)) {
        last.via.push(trimmed.replace(/^#\s*/, ''));
      } else {
        viaOpen = false;
      }
      continue;
    }
    viaOpen = false;
    let joined = '';
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      joined += line.slice(0, -1);
      line = lines[++i]!;
    }
    joined += line;
    const stripped = joined.replace(/(^|\s)#.*$/, '').trim();
    if (stripped !== '') out.push({ text: stripped, line: start + 1, via: [] });
  }
  return out;
}

/** Splits `-r file`, `-rfile`, `--requirement=file` into option and value. */
function splitOption(text: string): { option: string; value: string; rest: string } | undefined {
  const m = /^(--?[A-Za-z][A-Za-z-]*)(?:=|\s+)?(.*)$/s.exec(text);
  if (!m) return undefined;
  let option = m[1]!;
  let value = m[2]!.trim();
  // `-rfile`: a one-letter option glued to its value.
  if (!option.startsWith('--') && option.length > 2) {
    value = option.slice(2) + (value ? ` ${value}` : '');
    option = option.slice(0, 2);
  }
  const [first, ...rest] = value.split(/\s+/);
  return { option, value: first ?? '', rest: rest.join(' ') };
}

export async function parseRequirements(
  text: string,
  file: string,
  io?: ParseIO,
  seen: Set<string> = new Set([file]),
): Promise<LockedPackage[]> {
  const out: LockedPackage[] = [];
  for (const { text: entry, line, via } of logicalLines(text)) {
    const pos = { file, line };
    if (entry.startsWith('-')) {
      const split = splitOption(entry);
      // `---`, `- x`: a dash that starts no option (a YAML or Markdown list pasted in).
      if (!split) throw new InputError({ ...pos, column: 1 }, `"${entry.slice(0, 60)}" is not an option or a requirement`, HINT);
      const { option, value } = split;
      if (FLAG_OPTIONS.has(option)) continue;
      if (!VALUE_OPTIONS.has(option)) throw new InputError({ ...pos, column: 1 }, `unknown option "${option}"`, HINT);
      if (!value) throw new InputError({ ...pos, column: 1 }, `option "${option}" needs a value`, HINT);
      if (option === '-r' || option === '--requirement') {
        const included = path.posix.normalize(path.posix.join(path.posix.dirname(file), value));
        if (seen.has(included)) continue; // pip would loop; each file counts once
        // An include outside the repository (`-r ../../etc/x`, `-r /etc/x`) is not read: a change under
        // review must not make runlens read files elsewhere on the runner.
        if (included === '..' || included.startsWith('../') || path.posix.isAbsolute(value) || /^[A-Za-z]:[\\/]/.test(value)) {
          throw new InputError(
            { ...pos, column: 1 },
            `includes "${value}", which is outside the repository`,
            'include only files inside the repository, relative to the including file',
          );
        }
        const body = io ? await io.readInclude(included) : undefined;
        if (body === undefined) {
          throw new InputError(
            { ...pos, column: 1 },
            `includes "${value}" (${included}), which cannot be read`,
            'fix the path; it is relative to the including file',
          );
        }
        seen.add(included);
        out.push(...(await parseRequirements(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body, included, io, seen)));
      } else if (option === '-e' || option === '--editable') {
        io?.skipped?.({ file, line, text: entry, reason: 'an editable install (its version is whatever the source says)' });
      }
      continue;
    }
    // Per-requirement options (`--hash=…`) follow the requirement, after whitespace.
    const requirement = entry.split(/\s+--?[A-Za-z]/)[0]!.trim();
    const withoutMarker = requirement.split(';')[0]!.trim();
    const m = NAME.exec(withoutMarker);
    if (!m || /^(\.|\/|[A-Za-z]+:\/\/|file:)/.test(withoutMarker) || /\.(whl|zip|tar\.gz|tgz)$/i.test(withoutMarker)) {
      if (/^(\.|\/|[A-Za-z][A-Za-z+]*:)/.test(withoutMarker) || /\.(whl|zip|tar\.gz|tgz)$/i.test(withoutMarker)) {
        io?.skipped?.({ file, line, text: requirement, reason: 'a URL or local path, not a pinned version' });
        continue;
      }
      throw new InputError({ ...pos, column: 1 }, `"${entry.slice(0, 60)}" is not a requirement`, HINT);
    }
    const [, name, , rest] = m;
    const specs = rest!
      .trim()
      .replace(/^\((.*)\)$/s, '$1')
      .trim();
    if (specs.startsWith('@')) {
      io?.skipped?.({ file, line, text: requirement, reason: 'a direct URL reference, not a pinned version' });
      continue;
    }
    let pinned: string | undefined;
    if (specs !== '') {
      for (const spec of specs.split(',')) {
        const s = SPECIFIER.exec(spec);
        if (!s)
          throw new InputError(
            { ...pos, column: 1 },
            `"${spec.trim()}" in "${requirement}" is not a version specifier`,
            'write e.g. `name==1.2.3`',
          );
        if ((s[1] === '==' || s[1] === '===') && !s[2]!.includes('*')) pinned = s[2]!;
      }
    }
    if (!pinned) {
      io?.skipped?.({ file, line, text: requirement, reason: 'not pinned with == (the installed version is not in the file)' });
      continue;
    }
    const pkg: LockedPackage = { name: name!, version: pinned, ecosystem: 'PyPI', lockfile: file, line };
    if (via.length > 0) pkg.direct = via.some((v) => /^-r\s/.test(v) || /\((pyproject\.toml|setup\.py|setup\.cfg)\)$/.test(v));
    out.push(pkg);
  }
  return out;
}
