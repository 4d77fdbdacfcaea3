// `npm run demo`: runs runlens's main job (the built CLI, as users get it) on examples/demo and
// shows where every report went. Exits with runlens's own exit code.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
// Earlier demo runs' run.json files, kept outside the repository: `runlens report history` draws their trend.
const history = path.join(os.tmpdir(), 'runlens-demo-history');
if (existsSync(path.join(out, 'run.json'))) {
  const kept = path.join(history, String(Date.now()));
  mkdirSync(kept, { recursive: true });
  cpSync(path.join(out, 'run.json'), path.join(kept, 'run.json'));
}
rmSync(out, { recursive: true, force: true });
console.log(`$ runlens run   (in ${path.relative(process.cwd(), demo) || '.'})\n`);
// The demo's tool steps run the linters scripts/install-tools.sh caches.
const toolsBin = path.join(process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'), 'bin');
const env = existsSync(toolsBin) ? { ...process.env, PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}` } : { ...process.env };
// The demo's `integration` step reads a secret from a secret manager (README: Secrets from secret managers):
// offline, a local Vault stand-in serves it — the one runlens's tests use (tests/support/vault-server.ts; Node 24
// runs it as TypeScript). Its value is new each run, and masked wherever the run would show it.
const vault = await startVault();
if (vault) {
  env.VAULT_ADDR = vault.address;
  env.VAULT_TOKEN = 'demo-shop-ci-token';
}
// Not spawnSync: the Vault stand-in answers from this process while runlens runs.
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, [cli, 'run', ...process.argv.slice(2)], { cwd: demo, stdio: 'inherit', env });
  child.on('error', () => resolve(3));
  child.on('close', (status) => resolve(status ?? 3));
});
await vault?.close();

if (existsSync(path.join(out, 'trace.jsonl'))) {
  console.log('\n$ runlens trace show   (the run as OpenTelemetry spans, from .runlens/trace.jsonl)\n');
  spawnSync(process.execPath, [cli, 'trace', 'show'], { cwd: demo, stdio: 'inherit', env });
}
if (existsSync(path.join(out, 'metrics.jsonl'))) {
  console.log('\n$ .runlens/metrics.jsonl   (the run as OpenTelemetry metrics, OTLP JSON; README: Metrics)\n');
  for (const m of JSON.parse(readFileSync(path.join(out, 'metrics.jsonl'), 'utf8')).resourceMetrics[0].scopeMetrics[0].metrics) {
    const data = m.histogram ?? m.sum ?? m.gauge;
    const kind = m.histogram ? 'histogram' : m.sum ? 'counter' : 'gauge';
    console.log(`  ${m.name.padEnd(28)} ${kind.padEnd(9)} ${m.unit.padEnd(9)} ${data.dataPoints.length} series`);
  }
}
if (existsSync(path.join(out, 'run.json')) && existsSync(history)) {
  console.log('\n$ runlens report history <earlier demo runs> .runlens --last 5\n');
  spawnSync(process.execPath, [cli, 'report', 'history', history, '.runlens', '--last', '5'], { cwd: demo, stdio: 'inherit', env });
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

async function startVault() {
  try {
    const { startVaultStandIn } = await import('../tests/support/vault-server.ts');
    const server = await startVaultStandIn();
    server.mount('secret', 2);
    server.put('secret', 'demo/shop', { 'api-key': `shop-demo-${randomBytes(12).toString('hex')}` });
    server.token('demo-shop-ci-token', { 'secret/data/demo/*': ['read'] }, { displayName: 'demo-shop-ci' });
    return server;
  } catch (err) {
    console.error(
      `(no local Vault stand-in: ${err instanceof Error ? err.message : String(err)}; the integration step will say its secret could not be fetched)`,
    );
    return undefined;
  }
}
