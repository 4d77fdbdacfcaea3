// runlens on a Node it cannot run on says so, before anything else loads. Run with this machine's own
// Node 20 (/usr/bin/env node outside `npm run`), against a fresh build of the source.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_NODE, unsupportedNode } from '../../src/base/node-version.js';
import { repoRoot, tempWorkspace } from '../support/dist.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';

/** The first `node` on PATH that is not Node 24 from node_modules/.bin: the system's. */
function systemNode(): { bin: string; version: string } {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((d) => !d.includes(`${path.sep}node_modules${path.sep}`));
  for (const bin of ['/usr/bin/node', '/usr/local/bin/node', ...dirs.map((d) => path.join(d, 'node'))]) {
    try {
      return { bin, version: execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim() };
    } catch {
      // not there
    }
  }
  throw new Error('no system node found on this machine: the Node 20 test needs one (apt-get install nodejs)');
}

describe('the Node.js version guard', () => {
  let build: SourceBuild;
  beforeAll(async () => {
    build = await buildSource();
  });

  it('names the minimum that package.json declares', () => {
    const engines = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(`>=${MIN_NODE.major}.${MIN_NODE.minor}`);
  });

  it.each([
    ['20.20.2', false],
    ['v22.14.0', false],
    ['22.15.0', true],
    ['24.1.0', true],
  ])('judges Node %s (supported: %s)', (version, ok) => {
    expect(unsupportedNode(version) === undefined).toBe(ok);
  });

  it('on Node 20, `runlens --version` exits 2 and says which Node is needed, with no stack trace', async () => {
    const node = systemNode();
    expect(node.version, 'this test needs the machine’s Node 20').toMatch(/^v20\./);
    const ws = await tempWorkspace({});
    const ran = spawnSync(node.bin, [build.cli, '--version'], { cwd: ws, encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: ws } });
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain(`runlens needs Node.js ${MIN_NODE.major}.${MIN_NODE.minor} or newer; this is Node.js ${node.version}`);
    expect(ran.stderr).toMatch(/Install Node 24/);
    expect(ran.stderr).not.toMatch(/TypeError|\n\s+at /);
  });

  it('on Node 20, the action entry exits 2 the same way', async () => {
    const node = systemNode();
    const ws = await tempWorkspace({});
    const ran = spawnSync(node.bin, [build.action], {
      cwd: ws,
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin', HOME: ws, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws },
    });
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/runlens needs Node\.js/);
  });

  it('on a supported Node, `runlens --version` prints the version', async () => {
    const ws = await tempWorkspace({});
    const ran = spawnSync(process.execPath, [build.cli, '--version'], { cwd: ws, encoding: 'utf8' });
    expect(ran.status).toBe(0);
    expect(ran.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
