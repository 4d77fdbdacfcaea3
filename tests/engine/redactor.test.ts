// The run's one redactor (issue 9, items 1 and 2): values masked in the run, and secrets the rules find in
// text runlens did not write — a linter's message, a failing test, a step's output line.
import { describe, expect, it } from 'vitest';
import { MASK, Redactor, createRedactor } from '../../src/engine/redactor.js';
import { fake } from '../support/secrets.js';
import { finding, run, step, testCase } from '../support/run-result.js';

describe('Redactor', () => {
  it('hides every value masked in the run, longest first', () => {
    // No rules: the exact values alone.
    const r = new Redactor();
    r.add('s3cr3t-value-1');
    r.add('s3cr3t-value-12');
    expect(r.redact('a s3cr3t-value-12 b s3cr3t-value-1 c')).toBe(`a ${MASK} b ${MASK} c`);
  });

  it('finds a token by the secret rules in text it was never told about, and masks it on the platform once', async () => {
    const token = fake.githubPat();
    const masked: string[] = [];
    const r = await createRedactor({ onSecret: (v) => masked.push(v) });
    const out = r.redact(`B105: Possible hardcoded password: '${token}'`);
    expect(out).not.toContain(token);
    expect(out).toContain('ghp_****');
    r.redact(`again ${token}`);
    expect(masked).toEqual([token]);
    // Once seen, it is known: hidden even where no rule would recognise it.
    expect(r.redact(`x${token.slice(0)}x`)).not.toContain(token);
  });

  it('hides a private key printed line by line in a stream', async () => {
    const key = fake.rsaKey();
    const stream = (await createRedactor()).lines();
    const out = key.split('\n').map((l) => stream.line(l));
    expect(out[0]).toBe('-----BEGIN RSA PRIVATE KEY-----');
    expect(out.at(-1)).toBe('-----END RSA PRIVATE KEY-----');
    for (const line of key.split('\n').slice(1, -1)) expect(out.join('\n')).not.toContain(line);
    expect(stream.line('plain output after the key')).toBe('plain output after the key');
  });

  it('leaves ordinary log lines alone, keyword or not', async () => {
    const r = await createRedactor();
    for (const line of [
      'PASS src/token.test.ts > refreshes the access token after expiry',
      'password = os.environ["DB_PASSWORD"]',
      'GET /api/v1/items?page=3 200 OK',
      '✓ golden spectrum.csv matches (abs 1e-9)',
    ])
      expect(r.redact(line)).toBe(line);
  });

  it('takes credentials from the environment by name, and by the rules whatever the name', async () => {
    const pat = fake.githubPat();
    const password = fake.password();
    const r = await createRedactor();
    r.addFromEnv({ DEPLOY_PASSWORD: password, SOME_VALUE: pat, HOME: '/root', SSH_AUTH_SOCK: '/tmp/ssh-agent.sock', CI: 'true' });
    expect(r.redact(`echo ${password} ${pat} /root /tmp/ssh-agent.sock`)).toBe(`echo ${MASK} ${MASK} /root /tmp/ssh-agent.sock`);
  });

  it('redacts every string of a RunResult, structurally, keys and numbers untouched', async () => {
    const token = fake.githubPat();
    const aws = fake.awsKeyId();
    const result = run({
      steps: [
        step({
          id: 'lint',
          findings: [
            finding({
              tool: 'bandit',
              message: `Possible hardcoded password: '${token}'`,
              location: { path: 'app.py', startLine: 3, snippet: `TOKEN = "${token}"` },
            }),
          ],
          cases: [testCase({ status: 'failed', message: `expected ${aws} to be rotated`, details: `AssertionError: key=${aws}` })],
          reason: `exit 1: ${token}`,
        }),
      ],
    });
    const redacted = (await createRedactor()).redactDeep(result);
    const text = JSON.stringify(redacted);
    expect(text).not.toContain(token);
    expect(text).not.toContain(aws);
    expect(redacted.steps[0]!.findings[0]!.location!.startLine).toBe(3);
    expect(redacted.steps[0]!.findings[0]!.message).toBe("Possible hardcoded password: 'ghp_****'");
    // The input is left as it was: reporters only ever see the copy.
    expect(JSON.stringify(result)).toContain(token);
  });
});

describe('Redactor: text escaped before it reached the redactor', () => {
  it('hides a secret that a check escaped for Markdown itself (`ghp\\_…`), known or found by the rules', async () => {
    const known = fake.githubPat();
    const unknown = fake.stripeLive();
    const r = await createRedactor();
    r.add(known);
    const escape = (s: string) => s.replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`);
    const out = r.redact(`| case | ${escape(`token = "${known}"`)} | ${escape(`key = ${unknown}`)} |`);
    expect(out).not.toContain(escape(known));
    expect(out).not.toContain(escape(unknown));
    expect(out.replace(/\\(.)/g, '$1')).not.toContain(unknown);
    expect(out).toBe(`| case | token = "${MASK}" | key = ${MASK} |`);
  });
});
