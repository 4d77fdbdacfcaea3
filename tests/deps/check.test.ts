// The `deps` step end to end through the real engine: real lockfiles (written by npm), real OSV
// records, an offline database as a directory and as osv-scanner's zips, and a local OSV API.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, removeTempWorkspaces, run, tempWorkspace } from '../support/engine.js';
import { OSV_DIR, zipDatabase, record } from './support.js';
import { startOsvServer, type OsvServer } from './osv-server.js';
import type { Finding } from '../../src/model/finding.js';
import { depsOptions, type DepsOptionsInput } from '../../src/checks/deps/options.js';

// Caches (OSV API answers, offline zip indexes) go to a temp dir, never to the user's ~/.cache.
const CACHE = path.join(os.tmpdir(), `runlens-deps-test-cache-${process.pid}`);

/** A deps step, its options parsed as the config loader parses them. */
function deps(options: DepsOptionsInput): { uses: string; with: Record<string, unknown> } {
  return { uses: 'deps', with: depsOptions.parse({ 'cache-dir': CACHE, ...options }) };
}

// A lockfile npm wrote (a copy of the parsers' npm v3 fixture, frozen here for these tests).
const NPM_V3 = path.resolve(import.meta.dirname, '..', 'fixtures', 'deps', 'project');

async function npmProject(): Promise<string> {
  const ws = await tempWorkspace();
  await cp(path.join(NPM_V3, 'package-lock.json'), path.join(ws, 'package-lock.json'));
  await cp(path.join(NPM_V3, 'package.json'), path.join(ws, 'package.json'));
  return ws;
}

function byPackage(findings: Finding[]): string[] {
  return findings.map((f) => `${String(f.properties?.package)}@${String(f.properties?.version)} ${f.ruleId}`).sort();
}

// axios 0.21.0, lodash 4.17.15 and 4.17.11, minimist 1.2.0 and 0.0.8 (runtime) and json5 1.0.1 (development), against the fixture records
const EXPECTED = [
  'axios@0.21.0 GHSA-cph5-m8f7-6c5x',
  'axios@0.21.0 GHSA-wf5p-g6vw-rhxx',
  'json5@1.0.1 GHSA-9c47-m6qq-7p4h',
  // "old-lodash": "npm:lodash@4.17.11", an npm alias
  'lodash@4.17.11 GHSA-29mw-wpgm-hmr9',
  'lodash@4.17.11 GHSA-35jh-r3h4-6jhm',
  'lodash@4.17.11 GHSA-p6mc-m468-83gw',
  'lodash@4.17.15 GHSA-29mw-wpgm-hmr9',
  'lodash@4.17.15 GHSA-35jh-r3h4-6jhm',
  'lodash@4.17.15 GHSA-p6mc-m468-83gw',
  // mkdirp's own copy (node_modules/mkdirp/node_modules/minimist)
  'minimist@0.0.8 GHSA-vh95-rmgr-6w4m',
  'minimist@0.0.8 GHSA-xvch-5gv4-984h',
  'minimist@1.2.0 GHSA-vh95-rmgr-6w4m',
  'minimist@1.2.0 GHSA-xvch-5gv4-984h',
];

let server: OsvServer;
beforeAll(async () => {
  const { readdirSync } = await import('node:fs');
  const records = readdirSync(path.join(OSV_DIR, 'npm')).map((f) => record(`npm/${f}`));
  server = await startOsvServer(records);
});
afterAll(async () => {
  await server.close();
  await removeTempWorkspaces();
  await rm(CACHE, { recursive: true, force: true });
});

describe('uses: deps', () => {
  it('reports the vulnerable packages of a lockfile from an offline directory of OSV records', async () => {
    const ws = await npmProject();
    const r = await run(config({ deps: deps({ source: OSV_DIR }) }), ws);
    const step = r.byId.deps!;
    expect(step.status).toBe('passed');
    expect(byPackage(step.findings)).toEqual(EXPECTED);
    const lodash = step.findings.find((f) => f.ruleId === 'GHSA-29mw-wpgm-hmr9')!;
    const lockText = await readFile(path.join(ws, 'package-lock.json'), 'utf8');
    const line = lockText.split('\n').findIndex((l) => l.includes('"node_modules/lodash"')) + 1;
    expect(lodash).toMatchObject({
      tool: 'runlens-deps',
      category: 'dependency',
      severity: 'medium',
      location: { path: 'package-lock.json', startLine: line },
      helpUri: 'https://osv.dev/vulnerability/GHSA-29mw-wpgm-hmr9',
      properties: {
        package: 'lodash',
        version: '4.17.15',
        ecosystem: 'npm',
        aliases: ['CVE-2020-28500'],
        fixed: ['4.17.21'],
        upgrade: '4.17.21',
      },
    });
    expect(lodash.message).toContain('lodash@4.17.15 (npm) is affected by GHSA-29mw-wpgm-hmr9 (CVE-2020-28500)');
    expect(step.findings.find((f) => f.ruleId === 'GHSA-9c47-m6qq-7p4h')?.properties).toMatchObject({ scope: 'development' });
    expect(step.summary).toContain('| lodash');
    expect(step.summary).toContain('**4.17.21**');
    expect(r.log('deps')).toMatch(/deps: 1 lockfile, \d+ packages checked against the offline database/);
  });

  it("reads osv-scanner's zipped layout the same way", async () => {
    const ws = await npmProject();
    const db = path.join(ws, '..', `${path.basename(ws)}-db`);
    await zipDatabase(OSV_DIR, db);
    const r = await run(config({ deps: deps({ source: db }) }), ws);
    expect(byPackage(r.byId.deps!.findings)).toEqual(EXPECTED);
    // the second run reads the zips through the index the first one wrote
    const again = await run(config({ deps: deps({ source: db }) }), ws);
    expect(byPackage(again.byId.deps!.findings)).toEqual(EXPECTED);
  });

  it('asks the OSV API and caches its answers', async () => {
    const ws = await npmProject();
    const cacheDir = path.join(ws, '..', `${path.basename(ws)}-cache`);
    const cfg = config({ deps: deps({ source: 'osv-api', 'api-url': server.url, 'cache-dir': cacheDir }) });
    server.seen.length = 0;
    const first = await run(cfg, ws);
    expect(first.byId.deps!.status).toBe('passed');
    expect(byPackage(first.byId.deps!.findings)).toEqual(EXPECTED);
    expect(server.seen.some((s) => s.path === '/v1/querybatch')).toBe(true);
    server.seen.length = 0;
    const second = await run(cfg, ws);
    expect(byPackage(second.byId.deps!.findings)).toEqual(EXPECTED);
    expect(server.seen).toEqual([]);
    expect(second.log('deps')).toMatch(/from the cache/);
  });

  it('fails the step, with no findings, when the OSV API cannot be reached', async () => {
    const ws = await npmProject();
    const r = await run(
      config({ deps: deps({ source: 'osv-api', 'api-url': 'http://127.0.0.1:9', 'api-retries': 0, 'cache-ttl': 0 }) }),
      ws,
    );
    expect(r.byId.deps!.status).toBe('failed');
    expect(r.byId.deps!.reason).toMatch(/the OSV API at http:\/\/127\.0\.0\.1:9 could not be used/);
    expect(r.byId.deps!.findings).toEqual([]);
  });

  it('fails the step with file:line, and no findings from it, when a lockfile does not parse', async () => {
    const ws = await tempWorkspace();
    await writeFile(
      path.join(ws, 'package-lock.json'),
      '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/x": { "version": \n',
    );
    const r = await run(config({ deps: deps({ source: OSV_DIR }) }), ws);
    const step = r.byId.deps!;
    expect(step.status).toBe('failed');
    expect(step.reason).toMatch(/package-lock\.json:\d+(:\d+)?: /);
    expect(step.findings).toEqual([]);
  });

  it('passes and says so when there is no lockfile', async () => {
    const ws = await tempWorkspace();
    await writeFile(path.join(ws, 'README.md'), '# nothing to install\n');
    const r = await run(config({ deps: deps({ source: OSV_DIR }) }), ws);
    expect(r.byId.deps!.status).toBe('passed');
    expect(r.byId.deps!.summary).toMatch(/^No lockfile found/);
    expect(r.byId.deps!.warnings).toEqual([expect.stringMatching(/no lockfile found/)]);
  });

  it('leaves out ignored advisories until their date, then warns and reports them again', async () => {
    const ws = await npmProject();
    const r = await run(
      config({
        deps: deps({
          source: OSV_DIR,
          ignore: [
            { id: 'CVE-2020-28500', until: '2999-12-31', reason: 'ReDoS in an unused function' },
            { id: 'GHSA-9c47-m6qq-7p4h', until: '2020-01-01', reason: 'dev only' },
          ],
        }),
      }),
      ws,
    );
    const ids = r.byId.deps!.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('GHSA-29mw-wpgm-hmr9');
    expect(ids).toContain('GHSA-9c47-m6qq-7p4h');
    expect(r.log('deps')).toMatch(/warning: the ignore entry for GHSA-9c47-m6qq-7p4h expired on 2020-01-01 \(dev only\)/);
    // lodash 4.17.15 and its alias old-lodash (4.17.11) both have it
    expect(r.byId.deps!.summary).toMatch(/2 ignored/);
  });

  it('keeps to the runtime scope and direct dependencies when asked', async () => {
    const ws = await npmProject();
    const r = await run(config({ deps: deps({ source: OSV_DIR, scopes: ['runtime'], 'only-direct': true }) }), ws);
    // json5 is a devDependency; minimist 0.0.8 only comes with mkdirp
    expect(byPackage(r.byId.deps!.findings)).toEqual(EXPECTED.filter((e) => !e.startsWith('json5') && !e.startsWith('minimist@0.0.8')));
  });

  it('fails the step on its own fail-on threshold', async () => {
    const ws = await npmProject();
    const r = await run(config({ deps: deps({ source: OSV_DIR, 'fail-on': 'critical' }) }), ws);
    expect(r.byId.deps!.status).toBe('failed');
    expect(r.byId.deps!.reason).toMatch(/at or above this step's fail-on threshold \(critical\)/);
    const lenient = await run(config({ deps: deps({ source: OSV_DIR, 'fail-on': 'none' }) }), ws);
    expect(lenient.byId.deps!.status).toBe('passed');
  });

  it('on a pull request with new-only, reports only what the change adds over the base commit', async () => {
    const ws = await tempWorkspace();
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    // base: the lockfile without axios
    const lock = JSON.parse(await readFile(path.join(NPM_V3, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const base = structuredClone(lock);
    delete base.packages['node_modules/axios'];
    await writeFile(path.join(ws, 'package-lock.json'), `${JSON.stringify(base, null, 2)}\n`);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    await writeFile(path.join(ws, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    git('commit', '-q', '-am', 'add axios');
    await mkdir(path.join(ws, '.runlens'), { recursive: true });
    const r = await run(config({ deps: deps({ source: OSV_DIR, 'new-only': true }) }), ws, {
      context: { platform: { kind: 'github', baseSha } },
    });
    expect(byPackage(r.byId.deps!.findings)).toEqual(EXPECTED.filter((e) => e.startsWith('axios')));
    expect(r.byId.deps!.summary).toMatch(/11 already in the base commit, not reported/);
  });

  it('with new-only, reports everything and warns when the base commit is not in the clone', async () => {
    const ws = await npmProject();
    execFileSync('git', ['init', '-q'], { cwd: ws });
    const r = await run(config({ deps: deps({ source: OSV_DIR, 'new-only': true }) }), ws, {
      context: { platform: { kind: 'github', baseSha: '0123456789abcdef0123456789abcdef01234567' } },
    });
    expect(byPackage(r.byId.deps!.findings)).toEqual(EXPECTED);
    expect(r.byId.deps!.warnings).toEqual([expect.stringMatching(/base commit 0123456789ab is not in this clone/)]);
  });
});
