// The one offline database both tools read: every record of the shared OSV corpus, zipped per
// ecosystem the way osv.dev publishes it (`<Ecosystem>/all.zip` of JSON records; the PyPI YAML
// records are converted to JSON, as the osv.dev export does). osv-scanner finds it under
// `$OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY/osv-scalibr/` (older releases: `osv-scanner/`, linked).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { load } from 'js-yaml';

/** Builds `<out>/osv-scalibr/<Ecosystem>/all.zip` from `corpus/<Ecosystem>/*.{json,yaml}`; returns record counts. */
export function buildDatabase(corpus, out) {
  const counts = {};
  rmSync(out, { recursive: true, force: true });
  const root = path.join(out, 'osv-scalibr');
  for (const eco of readdirSync(corpus, { withFileTypes: true })) {
    if (!eco.isDirectory()) continue;
    const files = {};
    for (const f of readdirSync(path.join(corpus, eco.name)).sort()) {
      const text = readFileSync(path.join(corpus, eco.name, f), 'utf8');
      const json = f.endsWith('.json') ? text : JSON.stringify(load(text));
      files[f.replace(/\.ya?ml$/, '.json')] = new TextEncoder().encode(json);
    }
    mkdirSync(path.join(root, eco.name), { recursive: true });
    writeFileSync(path.join(root, eco.name, 'all.zip'), zipSync(files));
    counts[eco.name] = Object.keys(files).length;
  }
  if (!existsSync(path.join(out, 'osv-scanner'))) symlinkSync('osv-scalibr', path.join(out, 'osv-scanner'));
  return counts;
}
