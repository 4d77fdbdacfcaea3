// File processing: walk an inbox folder and write a manifest (path, bytes, lines, SHA-256) as CSV.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function manifest(inbox) {
  const files = readdirSync(inbox, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      path
        .relative(inbox, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
  return files.map((rel) => {
    const data = readFileSync(path.join(inbox, rel));
    const lines = data.reduce((n, byte) => n + (byte === 10 ? 1 : 0), 0);
    return { path: rel, bytes: data.length, lines, sha256: createHash('sha256').update(data).digest('hex') };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [inbox = 'inbox', out = 'out/manifest.csv'] = process.argv.slice(2);
  // runlens hands each step its trace context: a traced library would start its spans from it.
  console.log(`trace context: ${process.env.TRACEPARENT ?? '(none: not run by runlens)'}`);
  const rows = manifest(inbox);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, ['path,bytes,lines,sha256', ...rows.map((r) => [r.path, r.bytes, r.lines, r.sha256].join(','))].join('\n') + '\n');
  console.log(`${rows.length} files in ${inbox} -> ${out}`);
}
