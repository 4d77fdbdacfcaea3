// Builds (once, cached under bench/.work/) the real-world tree the secrets benchmark scans: the
// node_modules of a fixed set of popular packages (≈ 240 MB of JS, TS, JSON, maps, docs), plus a copy of
// this repository's own history as patch text. Pinned versions keep the tree the same from run to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PACKAGES = [
  'aws-sdk@2.1691.0',
  'typescript@5.6.3',
  'webpack@5.95.0',
  '@babel/core@7.25.8',
  '@babel/preset-env@7.25.8',
  'eslint@9.12.0',
  'react-dom@18.3.1',
  'lodash@4.17.21',
  'moment@2.30.1',
  'rxjs@7.8.1',
  'three@0.169.0',
  'prettier@3.3.3',
  'express@4.21.1',
  'mongoose@8.7.1',
  'vue@3.5.12',
  '@angular/core@18.2.8',
  'jquery@3.7.1',
  'axios@1.7.7',
];

const STAMP = `v3:${PACKAGES.join(',')}`;

export function treeBytes(dir) {
  let bytes = 0;
  let files = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        bytes += lstatSync(p).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

/** Returns the tree's directory, building it when missing or stale. */
export function buildTree(workDir) {
  const dir = path.join(workDir, 'tree');
  const stamp = path.join(workDir, 'tree.stamp');
  if (existsSync(stamp) && existsSync(path.join(dir, 'packages'))) {
    if (readFileSync(stamp, 'utf8') === STAMP) return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'runlens-secrets-bench', private: true }, null, 2));
  console.log(`building the benchmark tree in ${dir} (npm install of ${PACKAGES.length} packages)…`);
  const r = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=optional', '--no-package-lock', ...PACKAGES],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('npm install failed');
  // gitleaks' default config allowlists every path under `node_modules/` (and lockfiles), so on a tree
  // named that way it would scan almost nothing. Same bytes, neutral names: both tools do the same work.
  renameNodeModules(dir);
  // Real commit history as text: patches are where secrets in history live.
  const repo = path.resolve(import.meta.dirname, '..', '..');
  try {
    const log = execFileSync('git', ['log', '-p', '--no-color', '-n', '200'], { cwd: repo, maxBuffer: 1 << 30 });
    writeFileSync(path.join(dir, 'history.patch'), log);
  } catch {
    // A fresh clone without history is fine: the tree is mostly node_modules.
  }
  writeFileSync(stamp, STAMP);
  return dir;
}

function renameNodeModules(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = path.join(dir, e.name);
    renameNodeModules(p);
    if (e.name === 'node_modules') renameSync(p, path.join(dir, 'packages'));
  }
  for (const lock of ['package-lock.json']) {
    if (existsSync(path.join(dir, lock))) renameSync(path.join(dir, lock), path.join(dir, 'lock.json'));
  }
}
