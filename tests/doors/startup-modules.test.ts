// Start-up (issue 13): a plain run loads only what it uses; the figure itself is bench/startup's. Here, which
// packages a one-step run imports, seen by a module-load hook on the source build, where packages stay
// external (each is a file of its own): the OpenTelemetry SDK only for OTLP, GitHub's API client only when a
// comment or an upload is made, @actions/core only in the action.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNode, tempWorkspace } from '../support/dist.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';

const HOOK = `import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const seen = new Set();
registerHooks({ load(url, context, next) { seen.add(url); return next(url, context); } });
process.on('exit', () => writeFileSync(process.env.RUNLENS_TEST_LOADED, [...seen].join('\\n')));
`;

/** Packages only some runs need: none of them is loaded by a one-step run that writes its trace to a file. */
const HEAVY = [
  '@opentelemetry/sdk-trace',
  '@opentelemetry/resources',
  '@opentelemetry/otlp-transformer',
  '@opentelemetry/otlp-exporter-base',
  '@opentelemetry/sdk-metrics',
  '@actions/github',
  '@octokit/core',
  'undici',
  // A `run:` step is spawned with node:child_process; execa starts the tools checks wrap (ctx.exec).
  'execa',
];

let build: SourceBuild;
let hook: string;

beforeAll(async () => {
  build = await buildSource();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-load-hook-'));
  hook = path.join(dir, 'hook.mjs');
  await writeFile(hook, HOOK);
}, 120_000);

/** The packages (`@scope/name` or `name`) a run of `entry` loaded. */
async function packagesLoaded(
  entry: string,
  args: string[],
  env: Record<string, string> = {},
  config = 'version: 1\nsteps:\n  noop: { run: ["true"] }\n',
): Promise<Set<string>> {
  const ws = await tempWorkspace({ 'runlens.yml': config });
  const loaded = path.join(ws, 'loaded.txt');
  const ran = await runNode(entry, args, { cwd: ws, env: { NODE_OPTIONS: `--import=${hook}`, RUNLENS_TEST_LOADED: loaded, ...env } });
  expect(ran.code, ran.stderr).toBe(0);
  // The run did what a plain run does: the step ran and the trace was written.
  expect((await readFile(path.join(ws, '.runlens', 'trace.jsonl'), 'utf8')).length).toBeGreaterThan(0);
  const packages = new Set<string>();
  for (const url of (await readFile(loaded, 'utf8')).split('\n')) {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (m) packages.add(m[1]!);
  }
  return packages;
}

describe('a one-step run loads only what it uses', () => {
  it('through the CLI: the tracing API, neither execa, the OpenTelemetry SDK nor GitHub libraries', async () => {
    const packages = await packagesLoaded(build.cli, ['run']);
    expect(packages).toContain('@opentelemetry/api');
    for (const heavy of [...HEAVY, '@actions/core']) expect(packages, `${heavy} was loaded`).not.toContain(heavy);
  }, 60_000);

  it('a check runs its tool through execa', async () => {
    const packages = await packagesLoaded(
      build.cli,
      ['run'],
      {},
      `version: 1\nsteps:\n  lint: { uses: tool, with: { run: [node, -e, 'process.stdout.write(JSON.stringify({version:"2.1.0",runs:[]}))'], format: sarif } }\n`,
    );
    expect(packages).toContain('execa');
  }, 60_000);

  it('through the action: @actions/core, and no API client before a comment or an upload needs one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-load-hook-gh-'));
    const [summary, output] = [path.join(dir, 'summary.md'), path.join(dir, 'output.txt')];
    await writeFile(summary, '');
    await writeFile(output, '');
    const packages = await packagesLoaded(build.action, [], {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      'INPUT_PR-COMMENT': 'off',
    });
    expect(packages).toContain('@actions/core');
    for (const heavy of HEAVY.filter((p) => p !== 'undici')) expect(packages, `${heavy} was loaded`).not.toContain(heavy);
  }, 60_000);
});
