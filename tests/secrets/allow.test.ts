// What is not a finding: placeholders, inline markers, allowlists; and the rules users add or turn off.
import { describe, expect, it } from 'vitest';
import { fake, runSecretsCheck, tempDir } from '../support/secrets.js';

const ids = (run: Awaited<ReturnType<typeof runSecretsCheck>>) => run.outcome.findings.map((f) => f.ruleId);

describe('secrets check: allow rules', () => {
  it('accepts a secret on a line marked runlens:allow (or gitleaks:allow)', async () => {
    const dir = await tempDir({
      'a.js': `const t = "${fake.githubPat()}"; // runlens:allow test fixture\nconst u = "${fake.npm()}"; // gitleaks:allow\nconst v = "${fake.npm()}";\n`,
    });
    const run = await runSecretsCheck(dir);
    expect(run.outcome.findings.map((f) => f.location?.startLine)).toEqual([3]);
  });

  it('ignores documented examples, template references and filler', async () => {
    const dir = await tempDir({
      'README.md': [
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'GITHUB_TOKEN=${GITHUB_TOKEN}',
        'token: "<your-token>"',
        'password = "changeme"',
        'api_key = "xxxxxxxxxxxxxxxxxxxxxxxx"',
        'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'secret: "{{ .Values.secret }}"',
        'postgres://user:password@localhost/db',
        'integrity: sha512-3BSLrHQfFq6TdSa6CDAiXYZ0Ye6EBr3VQ0NqqVb8n2wQ3ZDwqLzArqg2cXdEJeZC0mRmR1T5w4Dq9pNMEC6Bbw==',
        'request_id = "3b241101-e2bb-4255-8caf-4136c566a962"',
        '"gitHead": "4b825dc642cb6eb9a060e54bf8d69288fbee4904", "resolved": "git+ssh://git@github.com/acme/lib.git#e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"',
        'icon_secret = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"',
      ].join('\n'),
    });
    expect(ids(await runSecretsCheck(dir))).toEqual([]);
  });

  it('drops secrets matching an allowlist regex or stopword', async () => {
    const dir = await tempDir({ 'a.env': `A=${fake.npm()}\nB=npm_KnownCiSandbox${'Q7'.repeat(9)}\nC=${fake.githubPat()}\n` });
    const run = await runSecretsCheck(dir, { allowlist: { regexes: ['^npm_KnownCi'], stopwords: ['ghp_'] } });
    expect(run.outcome.findings.map((f) => f.location?.startLine)).toEqual([1]);
  });

  it('runs custom rules from the options, RE2 inline flags included', async () => {
    const dir = await tempDir({ 'svc.yaml': 'acme_key: ACME-7f3k9Qz2LmX8pR4t\nacme_key: ACME-test\n' });
    const run = await runSecretsCheck(dir, {
      rules: [
        {
          id: 'acme-api-key',
          title: 'Acme API key',
          regex: '(?i)\\b(acme-[a-z0-9]{16})\\b',
          keywords: ['acme-'],
          severity: 'critical',
          entropy: 3,
        },
      ],
    });
    expect(run.outcome.findings).toMatchObject([
      { ruleId: 'acme-api-key', title: 'Acme API key', severity: 'critical', location: { startLine: 1 } },
    ]);
  });

  it('turns built-in rules off with disable-rules', async () => {
    const dir = await tempDir({ 'a.env': `A=${fake.npm()}\nB=${fake.githubPat()}\n` });
    expect(ids(await runSecretsCheck(dir, { 'disable-rules': ['npm-access-token'] }))).toEqual(['github-pat']);
  });

  it('prefers the specific rule when a generic one matches the same secret', async () => {
    const dir = await tempDir({ 'config.py': `GITHUB_TOKEN = "${fake.githubPat()}"\n` });
    expect(ids(await runSecretsCheck(dir))).toEqual(['github-pat']);
  });

  it('finds a high-entropy password but not a reference to one', async () => {
    const dir = await tempDir({
      'settings.ts': `export const DB_PASSWORD: string = "${fake.password()}";\nconst password = process.env.DB_PASSWORD;\nconst passwordHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";\n`,
    });
    const run = await runSecretsCheck(dir);
    expect(run.outcome.findings.map((f) => [f.ruleId, f.location?.startLine])).toEqual([['generic-secret', 1]]);
  });
});
