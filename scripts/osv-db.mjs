// Prepares the offline advisory database runlens's own `deps` step reads (runlens.yml), so the
// dependency check runs on runlens itself wherever CI runs it:
//   1. $RUNLENS_OSV_DB, a directory in osv-scanner's layout or of OSV records, when set;
//   2. otherwise a sibling `shared/osv` folder of OSV records, where the workplace provides one;
//   3. otherwise the npm ecosystem export of the OSV database (GitHub-hosted runners reach it).
// Usage: node scripts/osv-db.mjs <out-dir>
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? '.runlens/osv-db');
const root = path.resolve(import.meta.dirname, '..');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const given = process.env.RUNLENS_OSV_DB;
const shared = path.resolve(root, '..', 'shared', 'osv', 'npm');
if (given) {
  cpSync(path.resolve(given), out, { recursive: true });
  console.log(`osv-db: ${out} ← ${given}`);
} else if (existsSync(shared)) {
  cpSync(shared, path.join(out, 'npm'), { recursive: true });
  console.log(`osv-db: ${out}/npm ← ${shared}`);
} else {
  const url = 'https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip';
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!res.ok) {
    console.error(`osv-db: GET ${url} answered ${res.status}; set RUNLENS_OSV_DB to a local database instead`);
    process.exit(1);
  }
  mkdirSync(path.join(out, 'npm'), { recursive: true });
  writeFileSync(path.join(out, 'npm', 'all.zip'), Buffer.from(await res.arrayBuffer()));
  console.log(`osv-db: ${out}/npm/all.zip ← ${url}`);
}
