import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/checks/secrets/matcher.js';
import { PROVIDERS } from '../../src/checks/secrets/providers.js';
import { BUILTIN_RULES } from '../../src/checks/secrets/rules.js';

const labels: Array<{ type: string }> = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'secrets', 'labels.json'), 'utf8'),
).secrets;

describe('built-in secret rules', () => {
  it('has at least 60 detectors with unique kebab-case ids', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('compiles every rule, with its secret group inside the regex', () => {
    for (const [i, rule] of BUILTIN_RULES.entries()) expect(() => compileRule(rule, i), rule.id).not.toThrow();
  });

  it('gives every rule prefilter keywords, lowercase unless they must match exactly', () => {
    for (const rule of BUILTIN_RULES) {
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      for (const k of rule.keywords) expect(k.trim(), rule.id).toBe(k);
    }
  });

  it('has remediation for every provider a rule names', () => {
    for (const rule of BUILTIN_RULES) expect(PROVIDERS[rule.provider], rule.id).toBeDefined();
  });

  it('covers every built-in detector with planted secrets in the labelled corpus', () => {
    const planted = new Set(labels.map((l) => l.type));
    expect(BUILTIN_RULES.map((r) => r.id).filter((id) => !planted.has(id))).toEqual([]);
  });

  it('covers the credentials the issue names', () => {
    const ids = new Set(BUILTIN_RULES.map((r) => r.id));
    for (const id of [
      'aws-access-key-id',
      'aws-secret-access-key',
      'github-pat',
      'github-fine-grained-pat',
      'github-oauth-token',
      'github-app-token',
      'github-refresh-token',
      'gitlab-pat',
      'gitlab-runner-auth-token',
      'gitlab-deploy-token',
      'slack-bot-token',
      'slack-user-token',
      'slack-webhook-url',
      'stripe-live-secret-key',
      'google-api-key',
      'gcp-service-account-key',
      'azure-storage-account-key',
      'azure-shared-access-key',
      'npm-access-token',
      'pypi-upload-token',
      'dockerhub-token',
      'sendgrid-api-key',
      'twilio-api-key',
      'mailgun-api-key',
      'openai-api-key',
      'anthropic-api-key',
      'huggingface-token',
      'discord-bot-token',
      'telegram-bot-token',
      'shopify-access-token',
      'atlassian-api-token',
      'private-key-rsa',
      'private-key-ec',
      'private-key-openssh',
      'pgp-private-key',
      'private-key-pkcs8',
      'jwt',
      'connection-url-credentials',
      'generic-secret',
    ])
      expect(ids.has(id), id).toBe(true);
  });
});
