// Issue 9: a secret never reaches a step log, the console, the trace or the StepResult — whether the
// secrets step has already found it (item 2: masks used to arrive too late) or not at all (item 1: text
// from other tools, a linter's SARIF or a test's JUnit, quoting a token).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Attempt, StepResult } from '../../src/model/result.js';
import type { RunTrace } from '../../src/model/trace.js';
import { config, recordingProgress, removeTempWorkspaces, run, tempWorkspace } from '../support/engine.js';
import { fake } from '../support/secrets.js';
import { secretsOptions } from '../../src/checks/secrets/options.js';

// The harness plans without the config loader, which is what applies a check's option defaults.
const secretsStep = (extra: Record<string, unknown> = {}) => ({ uses: 'secrets', with: secretsOptions.parse({}), ...extra });

afterAll(removeTempWorkspaces);

async function files(ws: string, entries: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), content);
  }
}

describe('step output is redacted as it streams', () => {
  it('hides a token a step prints before the secrets step has found it, and masks it on the platform at once', async () => {
    const ws = await tempWorkspace();
    const token = fake.githubPat();
    const key = fake.rsaKey();
    await files(ws, { 'deploy/.env': `GITHUB_TOKEN=${token}\n`, 'keys/id_rsa': `${key}\n` });
    const masked: string[] = [];
    const progress = recordingProgress();
    // `show` runs first, so the secrets step has masked nothing yet when the token is printed.
    const { byId, log } = await run(
      config({
        show: { run: 'cat deploy/.env keys/id_rsa; echo "done"' },
        secrets: secretsStep({ needs: ['show'] }),
      }),
      ws,
      { progress, context: { mask: (v) => masked.push(v) } },
    );
    expect(byId.show!.status).toBe('passed');
    expect(byId.secrets!.findings.map((f) => f.ruleId).sort(), byId.secrets!.reason).toEqual(['github-pat', 'private-key-rsa']);
    const printed = [log('show'), ...progress.events].join('\n');
    expect(printed).not.toContain(token);
    for (const line of key.split('\n').slice(1, -1)) expect(printed).not.toContain(line);
    expect(printed).toContain('done');
    expect(masked).toContain(token);
    expect(masked.indexOf(token)).toBe(masked.lastIndexOf(token));
  });

  it('hides tokens a step prints in parallel with the secrets step, found in the tree or never found by it', async () => {
    const ws = await tempWorkspace();
    const token = fake.slackBot();
    const onlyInEnv = fake.stripeLive();
    await files(ws, { 'notify.ts': `const client = new WebClient("${token}");\n` });
    const progress = recordingProgress();
    const { log } = await run(
      config({
        show: { run: 'for i in 1 2 3; do cat notify.ts; echo "charging with $PAYMENTS"; sleep 0.05; done', env: { PAYMENTS: onlyInEnv } },
        secrets: secretsStep(),
      }),
      ws,
      { progress, concurrency: 2 },
    );
    const printed = [log('show'), log('secrets'), ...progress.events].join('\n');
    expect(printed).not.toContain(token);
    expect(printed).not.toContain(onlyInEnv);
    expect(printed).toContain('charging with sk_l****');
  });
});

describe('text from other tools is redacted before anything sees the StepResult', () => {
  it('redacts a SARIF message and snippet and a JUnit failure quoting tokens, in the result, the trace and the console', async () => {
    const ws = await tempWorkspace();
    const token = fake.githubPat();
    const aws = fake.awsKeyId();
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'bandit', rules: [{ id: 'B105' }] } },
          results: [
            {
              ruleId: 'B105',
              level: 'error',
              message: { text: `Possible hardcoded password: '${token}'` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'app.py' },
                    region: { startLine: 1, snippet: { text: `TOKEN = '${token}'` } },
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const junit = `<?xml version="1.0"?><testsuites><testsuite name="auth" tests="1" failures="1"><testcase classname="auth" name="rotates keys"><failure message="expected ${aws} to be rotated">AssertionError: ${aws} is still active</failure></testcase></testsuite></testsuites>`;
    await files(ws, { 'app.py': `TOKEN = '${token}'\n`, 'out/bandit.sarif': JSON.stringify(sarif), 'out/junit.xml': junit });
    const spans: string[] = [];
    const trace: RunTrace = {
      step: () => ({
        env: {},
        phase: (_n, fn) => fn(),
        attempt: (a: Attempt) => void spans.push(JSON.stringify(a)),
        end: (r: StepResult) => void spans.push(JSON.stringify(r)),
      }),
      end: async () => [],
    };
    const progress = recordingProgress();
    const { byId } = await run(
      config({ lint: { run: `echo "reading ${token}"; exit 1`, sarif: 'out/bandit.sarif', junit: 'out/junit.xml' } }),
      ws,
      { progress, context: { trace } },
    );
    const lint = byId.lint!;
    expect(lint.findings).toHaveLength(1);
    // Seen first in the step's output, the token is known by then: masked whole.
    expect(lint.findings[0]!.message).toBe("Possible hardcoded password: '***'");
    expect(lint.findings[0]!.location?.snippet).toBe("TOKEN = '***'");
    expect(lint.cases[0]!.message).not.toContain(aws);
    const everything = [JSON.stringify(lint), ...spans, ...progress.events].join('\n');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(aws);
  });
});
