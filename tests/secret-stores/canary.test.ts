// Canary: a secret from a (fake) store reaches the step that lists it — the step writes it to a file
// outside the output dir to prove it — and no byte runlens writes, prints or hands the platform holds it,
// raw, base64 (standard, URL-safe, inside a Basic auth header), URL-encoded or JSON-escaped, nor any line
// of a multi-line one. The whole run: src/run.ts in-process, with the real GitHub adapter (@actions/core
// writing ::add-mask:: and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files) and the real GitLab adapter.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import * as core from '@actions/core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubPlatform } from '../../src/platform/github.js';
import { gitlabPlatform } from '../../src/platform/gitlab.js';
import type { Platform } from '../../src/platform/platform.js';
import { execute } from '../../src/run.js';
import { registerFakeStore, type FakeStore } from '../support/fake-secret-store.js';

// No secret rule knows these shapes: only the fetched-secret masks can hide them. `?>` makes base64 use `+` and `/`.
const CANARY = 'canary pass?>~word-81f3';
const KEY_LINES = ['first line of the canary key 4d1e', 'second line of the canary key 9b7a'];
const CANARY_KEY = KEY_LINES.join('\n');

const b64 = (s: string) => Buffer.from(s).toString('base64');
const FORBIDDEN: Record<string, string> = {
  raw: CANARY,
  base64: b64(CANARY),
  'base64 unpadded': b64(CANARY).replace(/=+$/, ''),
  base64url: b64(CANARY).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  'basic auth': b64(`user:${CANARY}`),
  'url-encoded': encodeURIComponent(CANARY),
  'form-encoded': encodeURIComponent(CANARY).replace(/%20/g, '+'),
  'json-escaped': JSON.stringify(CANARY).slice(1, -1),
  'key line 1': KEY_LINES[0]!,
  'key line 2': KEY_LINES[1]!,
  'key base64': b64(CANARY_KEY),
  'key json-escaped': JSON.stringify(CANARY_KEY).slice(1, -1),
};

function leaks(text: string): string[] {
  return Object.entries(FORBIDDEN)
    .filter(([, form]) => text.includes(form))
    .map(([name]) => name);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'leaky-linter', rules: [{ id: 'L1' }] } },
      results: [
        {
          ruleId: 'L1',
          level: 'error',
          message: { text: 'password CANARY_HERE found' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'input.txt' }, region: { startLine: 1 } } }],
        },
      ],
    },
  ],
});
const JUNIT =
  '<testsuite name="s" tests="1" failures="1"><testcase classname="c" name="logs in"><failure message="login as CANARY_HERE refused">CANARY_HERE</failure></testcase></testsuite>';

function config(outside: string): string {
  return `version: 1
secrets:
  CANARY: fake://canary
  CANARY_KEY: fake://canary-key
steps:
  use:
    secrets: [CANARY, CANARY_KEY]
    cache: true
    inputs: [input.txt]
    env: { OUTSIDE: ${JSON.stringify(outside)} }
    sarif: found.sarif
    junit: junit.xml
    run: |
      printf '%s' "$CANARY" > "$OUTSIDE/seen.txt"
      printf '%s' "$CANARY_KEY" > "$OUTSIDE/seen-key.txt"
      echo "raw: $CANARY"
      echo "b64: $(printf '%s' "$CANARY" | base64 -w0)"
      echo "b64url: $(printf '%s' "$CANARY" | base64 -w0 | tr '+/' '-_' | tr -d '=')"
      echo "Authorization: Basic $(printf 'user:%s' "$CANARY" | base64 -w0)"
      node -e 'const v = process.env.CANARY; console.log("url: " + encodeURIComponent(v)); console.log("json: " + JSON.stringify({ v }))'
      echo "$CANARY_KEY"
      echo "key b64: $(printf '%s' "$CANARY_KEY" | base64 -w0)"
      echo "to stderr: $CANARY" >&2
      echo "leak=$CANARY" >> "$RUNLENS_OUTPUT"
      node -e 'const fs = require("fs"); for (const f of ["found.sarif", "junit.xml"]) fs.writeFileSync(f, fs.readFileSync(process.env.OUTSIDE + "/" + f, "utf8").replaceAll("CANARY_HERE", JSON.stringify(process.env.CANARY).slice(1, -1)))'
  fail:
    secrets: [CANARY]
    continue-on-error: true
    run: echo "failing with $CANARY" >&2; exit 3
  other:
    env: { OUTSIDE: ${JSON.stringify(outside)} }
    run: printf '%s' "\${CANARY-unset}\${CANARY_KEY-unset}" > "$OUTSIDE/other.txt"
`;
}

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

let fake: FakeStore;
beforeEach(() => {
  fake = registerFakeStore({ canary: CANARY, 'canary-key': CANARY_KEY });
});
afterEach(() => fake.unregister());

async function tmp(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

async function scenario(
  makePlatform: (ws: string, env: Record<string, string>, out: PassThrough) => Platform,
  extraEnv: Record<string, string>,
) {
  const ws = await tmp('runlens-canary-ws-');
  const outside = await tmp('runlens-canary-outside-');
  await writeFile(path.join(ws, 'runlens.yml'), config(outside));
  await writeFile(path.join(ws, 'input.txt'), 'x\n');
  await writeFile(path.join(outside, 'found.sarif'), SARIF);
  await writeFile(path.join(outside, 'junit.xml'), JUNIT);
  const env = { PATH: process.env.PATH!, HOME: process.env.HOME!, ...extraEnv };
  const printed: string[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => printed.push(c.toString()));
  // @actions/core writes workflow commands (::add-mask::, annotations, groups) to process.stdout.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  let outcome: Awaited<ReturnType<typeof execute>>;
  try {
    for (let n = 0; n < 2; n++) {
      // Twice: the second run replays `use` from the step cache, whose entry must hold no value either.
      outcome = await execute(
        { workspace: ws, door: 'cli', env, out: out as unknown as NodeJS.WriteStream, color: false, signal: new AbortController().signal },
        makePlatform(ws, env, out),
      );
    }
  } finally {
    process.stdout.write = write;
  }
  return { ws, outside, outcome: outcome!, printed };
}

describe('a fetched secret (canary)', () => {
  it('reaches only the step that lists it, and no byte of the output dir, the console or GitHub holds it in any form', async () => {
    const files = await tmp('runlens-canary-gh-');
    const output = path.join(files, 'output');
    const summary = path.join(files, 'summary');
    await writeFile(output, '');
    await writeFile(summary, '');
    const saved = { out: process.env.GITHUB_OUTPUT, sum: process.env.GITHUB_STEP_SUMMARY };
    process.env.GITHUB_OUTPUT = output;
    process.env.GITHUB_STEP_SUMMARY = summary;
    try {
      const { ws, outside, outcome, printed } = await scenario((_ws, env) => githubPlatform(env, { core }), {
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '7',
      });
      expect(await readFile(path.join(outside, 'seen.txt'), 'utf8')).toBe(CANARY);
      expect(await readFile(path.join(outside, 'seen-key.txt'), 'utf8')).toBe(CANARY_KEY);
      expect(await readFile(path.join(outside, 'other.txt'), 'utf8')).toBe('unsetunset');
      // The second run replayed it from the step cache.
      expect(outcome.run!.steps.find((s) => s.id === 'use')).toMatchObject({
        cached: true,
        status: 'passed',
        findings: [expect.anything()],
      });
      expect(outcome.run!.steps.find((s) => s.id === 'fail')).toMatchObject({ status: 'failed' });

      // GitHub masks every form, one line at a time, before the step runs (before its output).
      const console = printed.join('');
      // Workflow command data is escaped: %25, %0D, %0A.
      const unescape = (d: string) => d.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      const beforeStep = console.slice(0, console.indexOf('raw: ***'));
      const masks = beforeStep
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::'))
        .map((l) => unescape(l.slice('::add-mask::'.length)));
      for (const form of [CANARY, b64(CANARY), encodeURIComponent(CANARY), ...KEY_LINES]) expect(masks).toContain(form);
      expect(masks.some((m) => m.includes('\n'))).toBe(false);

      const rest = console
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expect(leaks(rest), 'console').toEqual([]);
      expect(rest).toContain('raw: ***');
      expect(leaks(await readFile(output, 'utf8')), 'GITHUB_OUTPUT').toEqual([]);
      expect(leaks(await readFile(summary, 'utf8')), 'job summary').toEqual([]);
      const written = await filesUnder(path.join(ws, '.runlens'));
      expect(written.map((f) => path.relative(ws, f))).toEqual(
        expect.arrayContaining([
          '.runlens/run.json',
          '.runlens/summary.md',
          '.runlens/runlens.sarif',
          '.runlens/trace.jsonl',
          '.runlens/logs/use.log',
        ]),
      );
      expect(written.some((f) => f.includes(`${path.sep}cache${path.sep}`))).toBe(true);
      for (const f of written) expect(leaks((await readFile(f)).toString('latin1')), path.relative(ws, f)).toEqual([]);
      expect(await readFile(path.join(ws, '.runlens/logs/use.log'), 'utf8')).toContain('b64: ***');
    } finally {
      process.env.GITHUB_OUTPUT = saved.out;
      process.env.GITHUB_STEP_SUMMARY = saved.sum;
    }
  });

  it('is in no GitLab report, dotenv or console line either (GitLab has no runtime mask: the redactor is all)', async () => {
    const { ws, outside, printed } = await scenario((_ws, env, out) => gitlabPlatform(env, out), {
      GITLAB_CI: 'true',
      CI: 'true',
      CI_PROJECT_DIR: '',
      CI_PIPELINE_ID: '9',
    });
    expect(await readFile(path.join(outside, 'seen.txt'), 'utf8')).toBe(CANARY);
    expect(leaks(printed.join('')), 'console').toEqual([]);
    const written = await filesUnder(path.join(ws, '.runlens'));
    expect(written.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['gl-code-quality-report.json', 'runlens.env', 'junit.xml']),
    );
    for (const f of written) expect(leaks((await readFile(f)).toString('latin1')), path.relative(ws, f)).toEqual([]);
  });
});
