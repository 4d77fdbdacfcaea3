// `npm run demo`: runs runlens's main job (the built CLI, as users get it) on examples/demo and
// shows where every report went. Exits with runlens's own exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const demo = path.join(root, 'examples', 'demo');
const cli = path.join(root, 'dist', 'cli.js');
const out = path.join(demo, '.runlens');

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run bundle` first.');
  process.exit(3);
}
rmSync(out, { recursive: true, force: true });
console.log(`$ runlens run   (in ${path.relative(process.cwd(), demo) || '.'})\n`);
// The demo's tool steps run the linters scripts/install-tools.sh caches.
const toolsBin = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');
const env = existsSync(toolsBin) ? { ...process.env, PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}` } : process.env;
const r = spawnSync(process.execPath, [cli, 'run', ...process.argv.slice(2)], { cwd: demo, stdio: 'inherit', env });
const code = r.status ?? 3;

if (existsSync(path.join(out, 'trace.jsonl'))) {
  console.log('\n$ runlens trace show   (the run as OpenTelemetry spans, from .runlens/trace.jsonl)\n');
  spawnSync(process.execPath, [cli, 'trace', 'show'], { cwd: demo, stdio: 'inherit', env });
}
if (existsSync(out)) {
  console.log('\nWhat runlens wrote:');
  const list = (dir, indent = '  ') => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      console.log(`${indent}${path.relative(root, path.join(dir, e.name))}${e.isDirectory() ? '/' : ''}`);
      if (e.isDirectory()) list(path.join(dir, e.name), indent + '  ');
    }
  };
  list(out);
  console.log(`\nOpen ${path.relative(root, path.join(out, 'summary.md'))} for the job summary GitHub would show.`);
}
console.log(
  `runlens exited with ${code} (${['passed', 'a step or the gate failed', 'configuration error', 'runlens bug'][code] ?? 'unknown'}).`,
);
process.exit(code);
