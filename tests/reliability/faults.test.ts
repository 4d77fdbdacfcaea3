// Issue 16, "Injected faults": each fault below is injected into a real run of the CLI (built from the current
// source). In every case the run ends within its configured timeouts, each report that can be written is
// complete and valid, the statuses say what happened, the exit code is right, and afterwards no process
// runlens started is still running (expectNoLeftovers: every descendant carries a marker in its environment).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../support/dist.js';
import { schemaErrors, schemaValidator, validatorFor } from '../support/shared-schemas.js';
import { buildSource, type SourceBuild } from '../support/source-build.js';
import { startOsvServer, type OsvServer } from '../deps/osv-server.js';
import { record } from '../deps/support.js';
import { expectNoCrash, expectNoLeftovers, newMark, runCli, runCliDrained } from './support.js';

let build: SourceBuild;
let mark: string;
beforeAll(async () => {
  build = await buildSource();
});
afterEach(async () => {
  // The rule, after every test: nothing runlens started is left running.
  await expectNoLeftovers(mark);
});
const fresh = (): string => (mark = newMark());

interface StepView {
  id: string;
  status: string;
  reason?: string;
  error?: string;
}

function readRun(ws: string, dir = '.runlens'): { status: string; exitCode: number; notes: string[]; steps: StepView[] } {
  const run = JSON.parse(readFileSync(path.join(ws, dir, 'run.json'), 'utf8'));
  expect(schemaErrors(schemaValidator('run-result.schema.json', '2020-12', true), run)).toEqual([]);
  return run;
}

/** Every report in the output directory is whole: the JSON ones parse and validate, no temp file is left. */
function expectReportsValid(ws: string, dir = '.runlens'): void {
  const out = path.join(ws, dir);
  const names = readdirSync(out);
  expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  if (names.includes('runlens.sarif') && statSync(path.join(out, 'runlens.sarif')).isFile()) {
    const sarif = JSON.parse(readFileSync(path.join(out, 'runlens.sarif'), 'utf8'));
    expect(schemaErrors(validatorFor('sarif-2.1.0.schema.json'), sarif)).toEqual([]);
  }
  if (names.includes('junit.xml')) expect(readFileSync(path.join(out, 'junit.xml'), 'utf8')).toMatch(/<\/testsuites>\s*$/);
  if (names.includes('summary.md')) expect(readFileSync(path.join(out, 'summary.md'), 'utf8').length).toBeGreaterThan(0);
}

const byId = (steps: StepView[]): Record<string, StepView> => Object.fromEntries(steps.map((s) => [s.id, s]));

describe('a step that leaves processes behind', () => {
  it('stops background children, setsid daemons and double-forked processes at the end of the step', async () => {
    fresh();
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
kill-grace: 2s
steps:
  daemon:
    run: |
      sleep 1000 &
      setsid sh -c 'echo $$ > setsid.pid; exec sleep 1001' &
      ( setsid sh -c 'sleep 1002 & echo $! > double-fork.pid' & )
      nohup sleep 1003 > /dev/null 2>&1 &
      # Both detached daemons have left the process group once their pid files are written.
      while [ ! -s setsid.pid ] || [ ! -s double-fork.pid ]; do sleep 0.05; done
      echo started
  after: { needs: daemon, run: echo after }
`,
    });
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(0);
    const run = readRun(ws);
    expect(byId(run.steps).daemon!.status).toBe('passed');
    expect(byId(run.steps).after!.status).toBe('passed');
    const log = readFileSync(path.join(ws, '.runlens', 'logs', 'daemon.log'), 'utf8');
    // The daemons (another session) are named in the log: what was stopped is on record.
    expect(log).toMatch(/running outside its process group \(setsid, a daemon\); stopping them: .*sleep 1001/);
    expect(log).toMatch(/sleep 1002/);
  });

  it('does not wait for ever on a process that left the group and cleared its environment: the output is let go after the grace', async () => {
    fresh();
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
kill-grace: 1s
steps:
  escape:
    run: |
      setsid env -i sleep 1004 &
      echo $! > escaped.pid
      sleep 0.3
      echo done
`,
    });
    try {
      const ran = await runCli(build, ['run'], { cwd: ws, mark });
      expectNoCrash(ran);
      expect(ran.code).toBe(0);
      expect(readFileSync(path.join(ws, '.runlens', 'logs', 'escape.log'), 'utf8')).toMatch(
        /a process the step started still holds its output open; no longer reading it/,
      );
      expectReportsValid(ws);
    } finally {
      // The one process beyond runlens's reach (documented in SECURITY.md): the test cleans it up itself.
      const pid = Number(readFileSync(path.join(ws, 'escaped.pid'), 'utf8'));
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
});

describe('a step writing gigabytes', () => {
  it('keeps runlens under 300 MB and the log within log-limit, counting what it did not keep', async () => {
    fresh();
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
log-limit: 50MB
steps:
  flood:
    run: head -c 2G < <(yes "$(head -c 1000 /dev/zero | tr '\\0' y)")
  oneline:
    run: head -c 300M /dev/zero | tr '\\0' x
`,
    });
    const ran = await runCliDrained(build, ['run', '-j', '1'], { cwd: ws, mark });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.peakRss).toBeGreaterThan(0);
    expect(ran.peakRss).toBeLessThan(300 * 2 ** 20);
    // The console stops echoing at the limit too.
    expect(ran.stdoutBytes).toBeLessThan(120 * 2 ** 20);
    const logs = path.join(ws, '.runlens', 'logs');
    expect(statSync(path.join(logs, 'flood.log')).size).toBeLessThan(51 * 1e6);
    const flood = readFileSync(path.join(logs, 'flood.log'), 'utf8').slice(-1000);
    expect(flood).toMatch(/\[runlens\] \d+ lines \(\d+ characters\) of output not kept: the log limit was reached/);
    // A line with no end is cut at 1 MiB, not held whole.
    expect(statSync(path.join(logs, 'oneline.log')).size).toBeLessThan(2 * 2 ** 20);
    expect(readFileSync(path.join(logs, 'oneline.log'), 'utf8')).toMatch(/line longer than 1048576 bytes cut here; \d+ bytes not kept/);
    const run = readRun(ws);
    const usage = (run.steps as Array<StepView & { usage?: { stdoutBytes: number } }>).find((s) => s.id === 'flood')!.usage!;
    expect(usage.stdoutBytes).toBe(2 * 2 ** 30);
  }, 180_000);
});

describe('cancellation', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s mid-run stops every process (daemons included), writes complete reports marked cancelled and exits 1',
    async (signal) => {
      fresh();
      const ws = await tempWorkspace({
        'runlens.yml': `version: 1
kill-grace: 2s
steps:
  quick: { run: echo quick }
  slow:
    run: |
      setsid sleep 1005 &
      sleep 1006 &
      trap '' TERM
      echo started > started.txt
      sleep 1007
  after: { needs: slow, run: echo never }
`,
      });
      let sent = false;
      const ran = await runCli(build, ['run'], {
        cwd: ws,
        mark,
        onStart: (kill) => {
          const poll = setInterval(() => {
            if (existsSync(path.join(ws, 'started.txt'))) {
              clearInterval(poll);
              sent = true;
              kill(signal);
            }
          }, 50);
        },
      });
      expect(sent).toBe(true);
      expectNoCrash(ran);
      expect(ran.code).toBe(1);
      const run = readRun(ws);
      expect(run.status).toBe('cancelled');
      const steps = byId(run.steps);
      expect(steps.quick!.status).toBe('passed');
      expect(steps.slow!.status).toBe('cancelled');
      expect(steps.after!.status).toBe('skipped');
      expectReportsValid(ws);
    },
    60_000,
  );
});

describe('the output directory', () => {
  const mounts: string[] = [];
  afterEach(() => {
    for (const m of mounts.splice(0)) execFileSync('umount', [m]);
  });
  /** A tmpfs of `size` at `dir` (root, or sudo without a password: as GitHub's runners allow). */
  function tmpfs(dir: string, options: string): void {
    const argv = ['mount', '-t', 'tmpfs', '-o', options, 'tmpfs', dir];
    try {
      if (process.getuid?.() === 0) execFileSync(argv[0]!, argv.slice(1));
      else execFileSync('sudo', ['-n', ...argv]);
    } catch (err) {
      throw new Error(`this test needs to mount a small tmpfs (root or passwordless sudo): ${(err as Error).message}`, { cause: err });
    }
    mounts.push(dir);
  }

  it('read-only: refused before any step runs, naming runlens.yml:line, exit 2', async () => {
    fresh();
    const ws = await tempWorkspace({ 'runlens.yml': 'version: 1\noutput-dir: out\nsteps:\n  a: { run: touch ran.txt }\n' });
    await mkdir(path.join(ws, 'out'));
    tmpfs(path.join(ws, 'out'), 'size=1m,ro');
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /the output directory out cannot be written: read-only file system \(EROFS\) \(output-dir, runlens\.yml:2:13\)/,
    );
    expect(existsSync(path.join(ws, 'ran.txt'))).toBe(false);
  });

  it('a file in the way: the same clear error, exit 2', async () => {
    fresh();
    const ws = await tempWorkspace({ 'runlens.yml': 'version: 1\nsteps:\n  a: { run: touch ran.txt }\n', blocker: 'x' });
    const ran = await runCli(build, ['run', '--output-dir', 'blocker/reports'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/the output directory blocker\/reports cannot be written: not a directory \(ENOTDIR\)/);
    expect(existsSync(path.join(ws, 'ran.txt'))).toBe(false);
  });

  it('one report cannot be written: the others are written whole and valid, run.json says which failed, exit 1', async () => {
    fresh();
    const ws = await tempWorkspace({ 'runlens.yml': 'version: 1\nsteps:\n  a: { run: echo a }\n' });
    // A directory where runlens.sarif goes: the rename onto it fails (EISDIR), and only that write.
    await mkdir(path.join(ws, '.runlens', 'runlens.sarif'), { recursive: true });
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/error: could not write \.runlens\/runlens\.sarif: .*\((EISDIR|EEXIST|ENOTEMPTY)\)/);
    const run = readRun(ws);
    expect(run.status).toBe('failed');
    expect(run.exitCode).toBe(1);
    expect(byId(run.steps).a!.status).toBe('passed');
    expect(run.notes.join('\n')).toMatch(/could not write \.runlens\/runlens\.sarif/);
    expectReportsValid(ws);
    expect(readFileSync(path.join(ws, '.runlens', 'summary.md'), 'utf8')).toMatch(/a/);
  });

  it('disk full while writing: each report that could not be written is named, none is left half-written, exit 1', async () => {
    fresh();
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
output-dir: out
steps:
  chatty:
    run: for i in $(seq 1 4000); do echo "line $i of output that fills the small disk"; done
  quiet: { run: echo quiet }
`,
    });
    await mkdir(path.join(ws, 'out'));
    tmpfs(path.join(ws, 'out'), 'size=64k');
    const ran = await runCli(build, ['run'], { cwd: ws, mark });
    expectNoCrash(ran);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/error: could not write out\/run\.json: no space left on device \(ENOSPC\)/);
    // What is there is whole (atomic writes): no report is half a file.
    expectReportsValid(ws, 'out');
    if (existsSync(path.join(ws, 'out', 'run.json'))) expect(readRun(ws, 'out').status).toBe('failed');
  });
});

describe('a wrapped tool misbehaving (semgrep)', () => {
  async function semgrepWorkspace(script: string | undefined): Promise<{ ws: string; env: Record<string, string> }> {
    const ws = await tempWorkspace({
      'runlens.yml': `version: 1
kill-grace: 1s
steps:
  sast:
    uses: semgrep
    timeout: 5s
    with: { config: [rules.yml], install: never }
  after: { run: echo after }
`,
      'rules.yml': 'rules: []\n',
      'app.py': 'print(1)\n',
    });
    const bin = path.join(ws, 'fake-bin');
    await mkdir(bin);
    if (script !== undefined) await writeFile(path.join(bin, 'semgrep'), `#!/bin/bash\n${script}\n`, { mode: 0o755 });
    // Only the fake (or nothing) where semgrep is looked for; the shell and coreutils stay reachable.
    return { ws, env: { PATH: `${bin}:/usr/bin:/bin` } };
  }

  it.each([
    [
      'crashing (SIGSEGV after a traceback)',
      'echo "Traceback (most recent call last):" >&2; echo "MemoryError" >&2; kill -SEGV $$',
      /killed by SIGSEGV|signal|MemoryError/,
    ],
    ['exiting 2 with nothing on stdout', 'echo "fatal: broken install" >&2; exit 2', /exit.*2|broken install/],
    ['printing garbage', 'head -c 5000 /dev/urandom | base64; exit 0', /JSON|output/i],
    ['printing truncated JSON', 'printf \'{"results": [{"check_id": "x", "path": "app.py", "start"\'; exit 0', /JSON|output/i],
    ['hanging with a child of its own', 'sleep 1008 & sleep 1009', /timed out after 5/],
  ])(
    '%s: the step fails saying why, the others run, exit 1',
    async (_name, script, reason) => {
      fresh();
      const { ws, env } = await semgrepWorkspace(script);
      const ran = await runCli(build, ['run'], { cwd: ws, mark, env });
      expectNoCrash(ran);
      expect(ran.code).toBe(1);
      const run = readRun(ws);
      const steps = byId(run.steps);
      expect(steps.sast!.status).toMatch(/failed|timed-out/);
      expect(`${steps.sast!.reason ?? ''} ${steps.sast!.error ?? ''}`).toMatch(reason);
      expect(steps.after!.status).toBe('passed');
      expectReportsValid(ws);
    },
    60_000,
  );

  it('missing: the step fails naming how to install it, exit 1', async () => {
    fresh();
    const { ws, env } = await semgrepWorkspace(undefined);
    const ran = await runCli(build, ['run'], { cwd: ws, mark, env });
    expectNoCrash(ran);
    expect(ran.code).toBe(1);
    const steps = byId(readRun(ws).steps);
    expect(steps.sast!.status).toBe('failed');
    expect(`${steps.sast!.reason ?? ''} ${steps.sast!.error ?? ''}`).toMatch(/semgrep was not found on PATH.*install/);
    expectReportsValid(ws);
  });
});

describe('the OSV API misbehaving (deps, source: osv-api)', () => {
  let osv: OsvServer;
  beforeAll(async () => {
    osv = await startOsvServer([record('npm/GHSA-35jh-r3h4-6jhm.json')]);
    return () => osv.close();
  });

  const lock = JSON.stringify({
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { lodash: '4.17.20' } },
      'node_modules/lodash': { version: '4.17.20', resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz' },
    },
  });
  const depsWorkspace = (retries: number) =>
    tempWorkspace({
      'runlens.yml': `version: 1
fail-on: critical
steps:
  deps:
    uses: deps
    timeout: 60s
    with: { source: osv-api, api-url: "${osv.url}", api-timeout: 1s, api-retries: ${retries}, cache-ttl: 0 }
`,
      'package-lock.json': lock,
    });

  it.each([
    ['a 500, then service', [{ status: 500 }]],
    ['a 429 with Retry-After, then service', [{ status: 429, retryAfter: '1' }]],
    ['a slow answer (beyond api-timeout), then service', [{ delayMs: 3000 }]],
    ['truncated JSON, then service', [{ truncated: true as const }]],
  ])(
    '%s: retried, the advisory is found, exit 0',
    async (_name, failures) => {
      fresh();
      osv.failures.splice(0, osv.failures.length, ...failures);
      const ws = await depsWorkspace(2);
      const ran = await runCli(build, ['run'], { cwd: ws, mark });
      expectNoCrash(ran);
      expect(ran.code).toBe(0);
      const run = readRun(ws) as ReturnType<typeof readRun> & { steps: Array<StepView & { findings: Array<{ ruleId: string }> }> };
      expect(run.steps[0]!.status).toBe('passed');
      expect(run.steps[0]!.findings.map((f) => f.ruleId)).toContain('GHSA-35jh-r3h4-6jhm');
      expectReportsValid(ws);
    },
    60_000,
  );

  it.each([
    ['500 on every attempt', [{ status: 500 }, { status: 500 }, { status: 500 }], /500/],
    ['slow on every attempt', [{ delayMs: 3000 }, { delayMs: 3000 }, { delayMs: 3000 }], /time|within/i],
    [
      'truncated JSON on every attempt',
      [{ truncated: true as const }, { truncated: true as const }, { truncated: true as const }],
      /JSON/i,
    ],
  ])(
    '%s: the step fails saying why (never "no vulnerabilities"), exit 1',
    async (_name, failures, reason) => {
      fresh();
      osv.failures.splice(0, osv.failures.length, ...failures);
      const ws = await depsWorkspace(2);
      const ran = await runCli(build, ['run'], { cwd: ws, mark });
      expectNoCrash(ran);
      expect(ran.code).toBe(1);
      const run = readRun(ws);
      expect(run.steps[0]!.status).toBe('failed');
      expect(`${run.steps[0]!.reason ?? ''} ${run.steps[0]!.error ?? ''}`).toMatch(reason);
      expectReportsValid(ws);
    },
    60_000,
  );
});

describe('the OTLP receiver misbehaving (traces and metrics)', () => {
  async function listen(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
    const server = http.createServer(handler);
    const sockets = new Set<import('node:net').Socket>();
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () =>
        new Promise<void>((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
    };
  }

  const scenarios: Array<[string, () => Promise<{ url: string; close: () => Promise<void> }>, RegExp]> = [
    [
      'down (nothing listens)',
      async () => {
        const r = await listen(() => undefined);
        await r.close();
        return { url: r.url, close: async () => undefined };
      },
      /connection refused/,
    ],
    ['slow (never answers)', () => listen((req) => req.resume()), /no answer within/],
    [
      'rejecting (403)',
      () =>
        listen((req, res) => {
          req.resume();
          res.writeHead(403, { 'content-type': 'text/plain' });
          res.end('invalid API key');
        }),
      /HTTP 403/,
    ],
  ];

  it.each(scenarios)(
    '%s: the run is unaffected, warns, keeps trace.jsonl, exit 0',
    async (_name, start, warning) => {
      fresh();
      const receiver = await start();
      try {
        const ws = await tempWorkspace({ 'runlens.yml': 'version: 1\nsteps:\n  a: { run: echo a }\n' });
        const ran = await runCli(build, ['run', '--otel-exporter', 'file,otlp', '--otel-endpoint', receiver.url], {
          cwd: ws,
          mark,
          env: { OTEL_EXPORTER_OTLP_TIMEOUT: '1000' },
        });
        expectNoCrash(ran);
        expect(ran.code).toBe(0);
        const run = readRun(ws);
        expect(run.status).toBe('passed');
        expect(run.notes.join('\n')).toMatch(warning);
        expect(readFileSync(path.join(ws, '.runlens', 'trace.jsonl'), 'utf8').length).toBeGreaterThan(0);
        // Metrics (issue 20) go to the same receiver: not sent either, said so, kept in metrics.jsonl.
        expect(run.notes.join('\n')).toMatch(/Metrics were not sent|Metrics export/);
        expect(readFileSync(path.join(ws, '.runlens', 'metrics.jsonl'), 'utf8').length).toBeGreaterThan(0);
        expectReportsValid(ws);
      } finally {
        await receiver.close();
      }
    },
    60_000,
  );
});
