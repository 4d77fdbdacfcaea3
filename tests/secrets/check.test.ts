// The `secrets` step as the engine sees it: options, findings, masking, redaction.
import { describe, expect, it } from 'vitest';
import { secretsOptions } from '../../src/checks/secrets/options.js';
import { redact } from '../../src/checks/secrets/redact.js';
import { findCheck } from '../../src/checks/registry.js';
import { fake, runSecretsCheck, tempDir } from '../support/secrets.js';

describe('secrets check', () => {
  it('is registered as `uses: secrets`', () => {
    expect(findCheck('secrets')?.kind).toBe('secrets');
  });

  it('fills every default from its option schema', () => {
    expect(secretsOptions.parse({})).toEqual({
      paths: ['.'],
      tree: true,
      history: 'auto',
      gitignore: true,
      'max-file-size': 10_000_000,
      allowlist: { paths: [], regexes: [], stopwords: [] },
      rules: [],
      'disable-rules': [],
      workers: 'auto',
    });
    expect(secretsOptions.parse({ 'max-file-size': '512KiB', paths: 'src' })).toMatchObject({ 'max-file-size': 524288, paths: ['src'] });
  });

  it('rejects bad options with the path to the field', () => {
    const r = secretsOptions.safeParse({
      history: 'yesterday',
      rules: [{ id: 'x', regex: '(unclosed', keywords: [] }],
      'max-file-size': 'big',
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['history', 'rules.0.regex', 'max-file-size']));
  });

  it('turns a secret into a finding with a redacted snippet, fingerprint, severity and remediation', async () => {
    const token = fake.awsKeyId();
    const dir = await tempDir({ 'deploy/config.yml': `aws:\n  key_id: ${token}\n` });
    const [f] = (await runSecretsCheck(dir)).outcome.findings;
    expect(f).toMatchObject({
      tool: 'runlens-secrets',
      ruleId: 'aws-access-key-id',
      title: 'AWS access key ID',
      severity: 'high',
      category: 'secret',
      stepId: 'secrets',
      location: { path: 'deploy/config.yml', startLine: 2, startColumn: 11, snippet: 'AKIA****' },
      helpUri: expect.stringContaining('aws.amazon.com'),
    });
    expect(f!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(f!.help).toMatch(/Rotate it now.*IAM[\s\S]*Remove it from history/);
    expect(JSON.stringify(f)).not.toContain(token);
  });

  it('masks every secret before it logs anything', async () => {
    const secrets = [fake.githubPat(), fake.rsaKey(), fake.slackBot()];
    const dir = await tempDir({ 'a.txt': `${secrets[0]}\n${secrets[1]}\n${secrets[2]}\n` });
    const run = await runSecretsCheck(dir);
    const keyLines = secrets[1]!.split('\n').filter((l) => !l.startsWith('-----'));
    expect(run.masked.sort()).toEqual([...secrets, ...keyLines].sort());
    const firstLog = run.events.findIndex((e) => e.kind === 'log');
    expect(run.events.slice(0, firstLog).filter((e) => e.kind === 'mask')).toHaveLength(run.masked.length);
    for (const s of secrets) expect(run.logs.join('\n')).not.toContain(s);
  });

  it('redacts to at most the first four characters, fewer for short values', () => {
    expect(redact('ghp_abcdefghijklmnopqrstuvwxyz0123456789')).toBe('ghp_****');
    expect(redact('hunter2!x')).toBe('hu****');
    expect(redact('abc')).toBe('****');
  });

  it('summarises what it scanned, found and skipped', async () => {
    const dir = await tempDir({ 'a.env': `GH=${fake.githubPat()}\n`, 'b.txt': 'clean\n' });
    const { summary } = (await runSecretsCheck(dir)).outcome;
    expect(summary).toMatch(/^Scanned 2 files \([\d.]+ MB\) with \d+ rules in [\d.]+ s\./);
    expect(summary).toMatch(/\*\*1 secret found\*\*/);
    expect(summary).toMatch(/commit `\.runlens\/secrets\/secrets\.baseline\.json` and set `baseline:`/);
  });
});
