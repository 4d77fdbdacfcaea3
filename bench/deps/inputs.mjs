// The lockfiles both tools scan: the committed fixtures (written by the real package managers), this
// repository's own package-lock.json (a real project, ~1k packages), and two large generated
// lockfiles that pin packages the database knows (so matching does real work): a requirements.txt
// of PyPI pins and a go.mod of Go modules, their versions taken from the records' own events.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

function records(corpus, eco) {
  return readdirSync(path.join(corpus, eco))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(corpus, eco, f), 'utf8');
      return f.endsWith('.json') ? JSON.parse(text) : load(text);
    });
}

/** Distinct (name, version) pairs: for each record, an introduced and a fixed version of its first range. */
function pins(recs, eco, limit) {
  const out = new Map();
  for (const r of recs) {
    for (const a of r.affected ?? []) {
      if (a.package?.ecosystem !== eco) continue;
      for (const range of a.ranges ?? []) {
        if (range.type === 'GIT') continue;
        for (const e of range.events) {
          const v = e.introduced && e.introduced !== '0' ? e.introduced : e.fixed;
          if (v && !out.has(`${a.package.name}`)) out.set(a.package.name, v);
        }
      }
      for (const v of a.versions ?? []) if (!out.has(a.package.name)) out.set(a.package.name, v);
    }
    if (out.size >= limit) break;
  }
  return [...out];
}

/** A module at major ≥ 2 without its /vN path suffix is a pre-modules release: Go spells it +incompatible. */
function goVersion(name, v) {
  const major = Number(v.split('.')[0]);
  return major >= 2 && !name.endsWith(`/v${major}`) && !v.includes('+') ? `v${v}+incompatible` : `v${v}`;
}

export function buildInputs(root, corpus, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(path.join(root, 'tests', 'fixtures', 'deps', 'lockfiles'), path.join(out, 'fixtures'), { recursive: true });
  mkdirSync(path.join(out, 'runlens'), { recursive: true });
  cpSync(path.join(root, 'package-lock.json'), path.join(out, 'runlens', 'package-lock.json'));
  mkdirSync(path.join(out, 'generated-pypi'), { recursive: true });
  const py = pins(records(corpus, 'PyPI'), 'PyPI', 1500).filter(([, v]) => /^[0-9][0-9a-zA-Z.!+-]*$/.test(v));
  writeFileSync(path.join(out, 'generated-pypi', 'requirements.txt'), py.map(([n, v]) => `${n}==${v}\n`).join(''));
  mkdirSync(path.join(out, 'generated-go'), { recursive: true });
  const go = pins(records(corpus, 'Go'), 'Go', 1500).filter(([n, v]) => n !== 'stdlib' && n !== 'toolchain' && /^\d+\.\d+\.\d+/.test(v));
  writeFileSync(
    path.join(out, 'generated-go', 'go.mod'),
    `module example.com/bench\n\ngo 1.22.0\n\nrequire (\n${go.map(([n, v]) => `\t${n} ${goVersion(n, v)}\n`).join('')})\n`,
  );
  return { pypi: py.length, go: go.length };
}
