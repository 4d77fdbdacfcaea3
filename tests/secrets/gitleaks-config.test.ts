// Teams bring their gitleaks rules: TOML loading and Go RE2 → JavaScript regex translation.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/base/errors.js';
import { loadGitleaksConfig } from '../../src/checks/secrets/gitleaks-config.js';
import { Matcher } from '../../src/checks/secrets/matcher.js';
import { translateRe2 } from '../../src/checks/secrets/re2.js';
import { fake, gitleaksBinary, runSecretsCheck, tempDir } from '../support/secrets.js';

const toolkit = `
title = "acme"

[[rules]]
id = "acme-token"
description = "Acme deploy token"
regex = '''(?i)\\b(acme_[a-z0-9]{20})(?:['"\\s]|$)'''
secretGroup = 1
entropy = 3.0
keywords = ["ACME_"]

  [[rules.allowlists]]
  regexes = ['''acme_sandbox''']

[allowlist]
paths = ['''(?:^|/)fixtures/''']
`;

describe('gitleaks configs', () => {
  it('translates RE2 inline flags, named groups and anchors to JavaScript', () => {
    expect(translateRe2('(?i)key')).toEqual({ source: 'key', flags: 'i' });
    expect(translateRe2('a(?i)b|c')).toEqual({ source: 'a(?i:b)|c', flags: '' });
    expect(translateRe2('(?P<tok>x+)')).toEqual({ source: '(?<tok>x+)', flags: '' });
    expect(translateRe2('\\Aab\\z')).toEqual({ source: '^ab$(?![\\s\\S])', flags: '' });
    expect(translateRe2('[[:alnum:]_]{3}')).toEqual({ source: '[A-Za-z0-9_]{3}', flags: '' });
    expect(translateRe2('\\Q1+1\\E')).toEqual({ source: '1\\+1', flags: '' });
    expect(new RegExp(translateRe2('(?i)x(?-i:Y)').source, 'i').test('XY')).toBe(true);
  });

  it('loads rules and allowlists from a gitleaks TOML config', async () => {
    const token = `acme_${'k3q9z7m2x5w8r4t6y1u0'}`;
    const dir = await tempDir({
      '.gitleaks.toml': `${toolkit}\n[extend]\nuseDefault = true\n`,
      'deploy.env': `TOKEN=${token}\nOTHER=acme_sandbox0000000000000\nGH=${fake.githubPat()}\n`,
      'fixtures/deploy.env': `TOKEN=${token}\n`,
    });
    const run = await runSecretsCheck(dir, { 'gitleaks-config': '.gitleaks.toml' });
    expect(run.outcome.findings.map((f) => [f.ruleId, f.location?.path, f.location?.startLine])).toEqual([
      ['acme-token', 'deploy.env', 1],
      ['github-pat', 'deploy.env', 3],
    ]);
  });

  it("replaces the built-in rules unless the config extends gitleaks' defaults, as gitleaks does", async () => {
    const dir = await tempDir({ '.gitleaks.toml': toolkit, 'a.env': `GH=${fake.githubPat()}\n` });
    expect((await runSecretsCheck(dir, { 'gitleaks-config': '.gitleaks.toml' })).outcome.findings).toEqual([]);
  });

  it('names the file, line and column of a TOML syntax error', async () => {
    const dir = await tempDir({ 'bad.toml': '[[rules]]\nid = "x"\nregex = \n' });
    const err = (() => {
      try {
        loadGitleaksConfig(path.join(dir, 'bad.toml'));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/bad\.toml:3:\d+: invalid TOML/);
  });

  it('names the rule whose regex cannot become JavaScript', async () => {
    const dir = await tempDir({ 'x.toml': "[[rules]]\nid = \"broken\"\nregex = '''(unclosed'''\n" });
    expect(() => loadGitleaksConfig(path.join(dir, 'x.toml'))).toThrow(/x\.toml:2: rule "broken": this regex does not translate/);
  });

  it("translates and compiles every rule of gitleaks' own default config", () => {
    gitleaksBinary();
    const modcache = execFileSync('go', ['env', 'GOMODCACHE']).toString().trim();
    const file = path.join(modcache, 'github.com', 'zricethezav', 'gitleaks', 'v8@v8.30.1', 'config', 'gitleaks.toml');
    expect(existsSync(file), `${file} (scripts/install-tools.sh gitleaks puts it there)`).toBe(true);
    const config = loadGitleaksConfig(file);
    expect(config.rules.length).toBeGreaterThan(200);
    expect(() => new Matcher({ rules: config.rules, allow: config.allow })).not.toThrow();
  });
  it("picks up the repository's .gitleaks.toml and .gitleaksignore as `gitleaks dir` does, unless `gitleaks-config: false`", async () => {
    const token = `acme_${'k3q9z7m2x5w8r4t6y1u0'}`;
    const pat = fake.githubPat();
    const dir = await tempDir({
      '.gitleaks.toml': `${toolkit}\n[extend]\nuseDefault = true\n`,
      // gitleaks' rule id for the same place: the place identifies the finding, whatever the rule is called
      '.gitleaksignore': '# accepted\nold.env:github-pat:1\n',
      'deploy.env': `TOKEN=${token}\n`,
      'old.env': `GH=${pat}\n`,
      'new.env': `GH=${pat}\n`,
    });
    const picked = await runSecretsCheck(dir);
    expect(picked.outcome.findings.map((f) => [f.ruleId, f.location?.path])).toEqual([
      ['acme-token', 'deploy.env'],
      ['github-pat', 'new.env'],
    ]);
    const off = await runSecretsCheck(dir, { 'gitleaks-config': false });
    expect(off.outcome.findings.map((f) => [f.ruleId, f.location?.path])).toEqual([
      ['generic-secret-config', 'deploy.env'],
      ['github-pat', 'new.env'],
      ['github-pat', 'old.env'],
    ]);
  });
});
