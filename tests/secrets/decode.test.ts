// Secrets hidden by an encoding in the file: escaped string literals, percent-encoding, base64 and hex. Each is
// reported once, at the place of the encoded text, through the whole check.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/checks/secrets/matcher.js';
import { EMPTY_ALLOW } from '../../src/checks/secrets/rule.js';
import { BUILTIN_RULES } from '../../src/checks/secrets/rules.js';
import { fake, runSecretsCheck, tempDir } from '../support/secrets.js';

const matcher = new Matcher({ rules: [...BUILTIN_RULES], allow: EMPTY_ALLOW, decode: true });
const plain = new Matcher({ rules: [...BUILTIN_RULES], allow: EMPTY_ALLOW });
function scan(m: Matcher, text: string, path = 'app.js'): Array<[string, number, number, number]> {
  const bytes = Buffer.from(text);
  return m.scan(bytes, bytes.length, path).map((f) => [f.ruleId, f.line, f.column, f.endColumn]);
}
const unicodeEscaped = (s: string): string => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const percentEncoded = (s: string): string => [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');

describe('decoding', () => {
  it('finds a token written with \\uXXXX or \\xNN escapes, at the escaped literal', () => {
    const pat = fake.githubPat();
    const line = `const t = "${unicodeEscaped(pat)}";`;
    expect(scan(plain, line)).toEqual([]);
    expect(scan(matcher, `// config\n${line}`)).toEqual([['github-pat', 2, 12, 12 + pat.length * 6]]);
    const hex = [...pat].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('');
    expect(scan(matcher, `t = '${hex}'`, 'app.py')).toEqual([['github-pat', 1, 6, 6 + pat.length * 4]]);
  });

  it('finds a percent-encoded token', () => {
    const key = fake.slackBot();
    const line = `redirect=https://hooks.test/cb?t=${percentEncoded(key)}&x=1`;
    expect(scan(plain, line, 'notes.txt')).toEqual([]);
    expect(scan(matcher, line, 'notes.txt').map((f) => f[0])).toEqual(['slack-bot-token']);
  });

  it('finds credentials in base64 and hex blobs (a Kubernetes Secret, a hex-dumped env file)', () => {
    const pat = fake.githubPat();
    const b64 = Buffer.from(`GITHUB_TOKEN=${pat}\n`).toString('base64');
    const yaml = `apiVersion: v1\nkind: Secret\ndata:\n  env: ${b64}\n`;
    expect(scan(matcher, yaml, 'k8s/secret.yaml')).toEqual([['github-pat', 4, 8, 8 + b64.length]]);
    const hex = Buffer.from(`aws_access_key_id = ${fake.awsKeyId()}`).toString('hex');
    expect(scan(matcher, `blob: ${hex}`, 'dump.yaml').map((f) => f[0])).toEqual(['aws-access-key-id']);
  });

  it('peels two layers: base64 inside an escaped literal', () => {
    const b64 = Buffer.from(`token: ${fake.npm()}`).toString('base64');
    const escaped = [...b64].map((c, i) => (i % 5 === 0 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
    expect(scan(matcher, `{"blob": "${escaped}"}`, 'a.json').map((f) => f[0])).toEqual(['npm-access-token']);
  });

  it('reports a private key split by \\n escapes in one literal, or across concatenated literals, once', () => {
    const key = fake.rsaKey();
    const one = `const KEY = "${key.replace(/\n/g, '\\n')}";\n`;
    expect(scan(matcher, one).map((f) => f[0])).toEqual(['private-key-rsa']);
    const split = `const KEY =\n${key
      .split('\n')
      .map((l) => `  "${l}\\n" +`)
      .join('\n')}\n  "";\n`;
    expect(scan(matcher, split).map((f) => [f[0], f[1]])).toEqual([['private-key-rsa', 2]]);
  });

  it('decodes nothing that is not text: integrity hashes, random base64, long identifiers', () => {
    const text = [
      `"integrity": "sha512-${Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString('base64')}"`,
      'const AbstractSingletonProxyFactoryBeanTokenProvider = 1;',
      `data: ${Buffer.from(Array.from({ length: 90 }, (_, i) => (i * 53 + 7) % 256)).toString('base64')}`,
      'const s = "a\\tb\\nc: password reset for \\"alice\\"";',
    ].join('\n');
    expect(scan(matcher, text, 'package-lock.json')).toEqual([]);
  });

  it('reports the encoded place and masks the decoded value through the check', async () => {
    const pat = fake.githubPat();
    const dir = await tempDir({ 'deploy/secret.yaml': `data:\n  token: ${Buffer.from(pat).toString('base64')}\n` });
    const run = await runSecretsCheck(dir);
    expect(run.outcome.findings.map((f) => [f.ruleId, f.location?.path, f.location?.startLine, f.location?.startColumn])).toEqual([
      ['github-pat', 'deploy/secret.yaml', 2, 10],
    ]);
    expect(JSON.stringify(run.outcome)).not.toContain(pat);
  });
});
