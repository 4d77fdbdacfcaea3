// The doors as users run them, built from the CURRENT source: dist/ is rebuilt only at release time, so a
// test that needs a fix in src/ to reach the action or the CLI runs this build instead. rolldown (vitest's
// bundler) transpiles src/ into a temp dir in about a second; packages stay external and resolve through a
// node_modules link, so nothing is copied. The layout is dist/'s: index.js (both doors), cli.js (the
// two-line shim scripts/bundle.mjs writes), secrets-worker.js beside them.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseGithubOutput, repoRoot, runNode, type Ran } from './dist.js';

export interface SourceBuild {
  dir: string;
  /** The action's entry (`runs.main`). */
  action: string;
  /** The CLI door: the same shim dist/cli.js is. */
  cli: string;
}

let building: Promise<SourceBuild> | undefined;

/** Builds once per test file (vitest forks a process per file). */
export function buildSource(): Promise<SourceBuild> {
  building ??= build();
  return building;
}

async function build(): Promise<SourceBuild> {
  const { build: rolldown } = await import('rolldown');
  // Another checkout's sources (e.g. `git archive HEAD src | tar -x -C /tmp/before`), to show that a test failed before a fix.
  const source = process.env.RUNLENS_TEST_SOURCE ?? repoRoot;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-source-build-'));
  const bare = (id: string) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0');
  await rolldown({
    input: {
      index: path.join(source, 'src', 'index.ts'),
      'secrets-worker': path.join(source, 'src', 'checks', 'secrets', 'worker.ts'),
    },
    platform: 'node',
    external: bare,
    logLevel: 'silent',
    // Flat, as dist/ is: the secrets pool looks for secrets-worker.js beside the chunk that starts it.
    output: { dir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  });
  if (!existsSync(path.join(dir, 'index.js'))) throw new Error('source build: index.js was not written');
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // As scripts/bundle.mjs copies them into dist/: `runlens init --template` reads them beside the bundle.
  await symlink(path.join(source, 'pipeline-templates'), path.join(dir, 'pipeline-templates'), 'dir');
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const cli = path.join(dir, 'cli.js');
  await writeFile(cli, "#!/usr/bin/env node\nglobalThis.runlensDoor = 'cli';\nawait import('./index.js');\n", { mode: 0o755 });
  return { dir, action: path.join(dir, 'index.js'), cli };
}

export interface ActionRun extends Ran {
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's content. */
  summary: string;
  /** `::error …::` and friends the action printed, parsed. */
  commands: Array<{ name: string; props: Record<string, string>; message: string }>;
}

/** Runs the action door of `build` as the runner does: INPUT_* with hyphens kept, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
export async function runAction(
  build: SourceBuild,
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const files = await mkdtemp(path.join(os.tmpdir(), 'runlens-action-files-'));
  const output = path.join(files, 'output');
  const summary = path.join(files, 'summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  const ran = await runNode(build.action, [], {
    cwd: workspace,
    env: {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env,
    },
  });
  return {
    ...ran,
    outputs: parseGithubOutput(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8'),
    commands: parseCommands(ran.stdout),
  };
}

const unescape = (s: string) =>
  s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** `::name k=v,k2=v2::message` lines of a stdout. */
export function parseCommands(stdout: string): ActionRun['commands'] {
  const out: ActionRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
    }
    out.push({ name: m[1]!, props, message: unescape(m[3]!) });
  }
  return out;
}
