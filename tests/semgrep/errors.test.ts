// Every way a semgrep run can go wrong ends as a failed step with a sentence saying why: semgrep missing,
// crashing, hanging, printing garbage, and the real semgrep on bad rule files.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { semgrepOptions, type SemgrepOptionsInput } from '../../src/checks/semgrep/options.js';
import { config, removeTempWorkspaces, run } from '../support/engine.js';
import { fakeSemgrep, removeTempDirs, scan, semgrepEnv, workspace } from './support.js';

afterAll(async () => {
  await removeTempDirs();
  await removeTempWorkspaces();
});

function withFake(dir: string): Record<string, string | undefined> {
  return { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` };
}

function step(options: SemgrepOptionsInput, extra: Record<string, unknown> = {}) {
  return { semgrep: { uses: 'semgrep', with: semgrepOptions.parse(options), ...extra } };
}

const JSON_OK = (results: unknown[], errors: unknown[] = []) =>
  JSON.stringify({ version: '9.9.9', results, errors, paths: { scanned: ['a.py'] } });

describe('uses: semgrep when semgrep is missing', () => {
  it('fails the step naming the install command and install: auto', async () => {
    const ws = await workspace();
    const ran = await run(config(step({ config: 'rules' })), ws, { env: { ...process.env, PATH: '/nonexistent-bin' } });
    const s = ran.byId.semgrep!;
    expect(s.status).toBe('failed');
    expect(s.reason).toContain('semgrep was not found on PATH');
    expect(s.reason).toContain('pipx install semgrep==1.185.0');
    expect(s.reason).toContain('install: auto');
  });
});

describe('uses: semgrep when semgrep misbehaves', () => {
  it("fails with the exit code's meaning and semgrep's last words when it crashes with garbage", async () => {
    const ws = await workspace();
    const fake = await fakeSemgrep(
      `echo '{"results": [tru'; echo 'Traceback (most recent call last):' >&2; echo 'RuntimeError: boom' >&2; exit 2`,
    );
    const r = await scan(ws, { config: 'rules' }, { env: withFake(fake) });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toMatch(/^semgrep exited with 2: semgrep failed \(a fatal error.*\); semgrep's output is not JSON/);
    expect(r.outcome.error).toContain('semgrep said: Traceback (most recent call last): / RuntimeError: boom');
  });

  it('does not trust exit code 0 when the output is not semgrep JSON', async () => {
    const ws = await workspace();
    const fake = await fakeSemgrep(`echo '{"hello": "world"}'; exit 0`);
    const r = await scan(ws, { config: 'rules' }, { env: withFake(fake) });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toBe("semgrep exited with 0: the scan completed; semgrep's JSON output has no `results` and `errors` lists.");
  });

  it('fails on an error-level entry in errors[] even when semgrep exits 0', async () => {
    const ws = await workspace();
    const out = JSON_OK(
      [],
      [{ code: 2, level: 'error', type: 'Rule parse error', rule_id: 'x', message: 'Rule parse error in rule x:\n details' }],
    );
    const fake = await fakeSemgrep(`cat <<'JSON'\n${out}\nJSON\nexit 0`);
    const r = await scan(ws, { config: 'rules' }, { env: withFake(fake) });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toBe('semgrep exited with 0: the scan completed — Rule parse error in rule x: details');
  });

  it('passes with findings when semgrep exits 1 (findings under --error), leaving them to the gate', async () => {
    const ws = await workspace();
    const hit = {
      check_id: 'r.x',
      path: 'app/views.py',
      start: { line: 15, col: 12, offset: 283 },
      end: { line: 15, col: 28, offset: 299 },
      extra: { message: 'eval', severity: 'ERROR', metadata: {} },
    };
    const fake = await fakeSemgrep(`cat <<'JSON'\n${JSON_OK([hit])}\nJSON\nexit 1`);
    const r = await scan(ws, { config: 'rules' }, { env: withFake(fake) });
    expect(r.outcome.status).toBeUndefined();
    expect(r.outcome.findings.map((f) => [f.ruleId, f.severity, f.location?.snippet])).toEqual([
      ['r.x', 'high', '    return eval(expression)'],
    ]);
    expect(r.outcome.tools![0]!.version).toBe('9.9.9');
  });

  it('stops a hanging semgrep at the step timeout', async () => {
    const ws = await workspace();
    const fake = await fakeSemgrep('exec sleep 60');
    const ran = await run(config(step({ config: 'rules' }, { timeout: '1s' })), ws, { env: withFake(fake), killGraceMs: 500 });
    const s = ran.byId.semgrep!;
    expect(s.status).toBe('timed-out');
    expect(s.reason).toContain('timed out after 1');
  }, 30_000);
});

describe('uses: semgrep with bad rule files (the real semgrep)', () => {
  it('fails on a rule file that is not valid YAML', async () => {
    const ws = await workspace();
    const r = await scan(ws, { config: 'bad-rules/unparseable.yml' }, { env: semgrepEnv() });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toMatch(/^semgrep exited with 7: the configuration is invalid/);
    expect(r.outcome.error).toContain('Invalid YAML file bad-rules/unparseable.yml');
  }, 60_000);

  it('fails on a rule with an invalid pattern, naming the rule', async () => {
    const ws = await workspace();
    const r = await scan(ws, { config: 'bad-rules/bad-pattern.yml' }, { env: semgrepEnv() });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toMatch(
      /^semgrep exited with 2: .* — Rule parse error in rule bad-rules\.bad-pattern: Invalid pattern for Python/,
    );
  }, 60_000);

  it('fails on a rule missing required fields, with the file and line', async () => {
    const ws = await workspace();
    const r = await scan(ws, { config: 'bad-rules/invalid-rule.yml' }, { env: semgrepEnv() });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toContain(
      "bad-rules/invalid-rule.yml:2: InvalidRuleSchemaError: Invalid rule schema: One of these properties is missing: 'message'",
    );
  }, 60_000);

  it('fails before running semgrep when a rule path does not exist', async () => {
    const ws = await workspace();
    const r = await scan(ws, { config: ['rules', 'nope/'] });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toBe(
      'step "semgrep", with.config.1: semgrep config "nope/" does not exist (looked for nope); name a rule file or directory relative to the step\'s working directory, or a registry id like p/python',
    );
  });

  it('says the registry could not be reached for a registry config', async () => {
    // What semgrep 1.185 prints offline; the real one retries for ~100 s before it does, too slow for a test.
    const ws = await workspace();
    const fake = await fakeSemgrep(
      [
        'echo "Traceback (most recent call last):" >&2',
        `echo "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='semgrep.dev', port=443): Max retries exceeded with url: /c/p/python (Caused by NameResolutionError(\\"Failed to resolve 'semgrep.dev'\\"))" >&2`,
        'exit 2',
      ].join('\n'),
    );
    const r = await scan(ws, { config: 'p/python' }, { env: withFake(fake) });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toMatch(/^semgrep exited with 2: .*; semgrep wrote no JSON output — semgrep said: .*Max retries exceeded/);
    expect(r.outcome.error).toContain('Registry configs (p/python) are downloaded from semgrep.dev, which could not be reached');
  });

  it("fails with semgrep's usage message when an allowed flag gets a bad value", async () => {
    const ws = await workspace();
    const r = await scan(ws, { config: 'rules', 'extra-args': ['--severity=CRITICAL'] }, { env: semgrepEnv() });
    expect(r.outcome.status).toBe('failed');
    expect(r.outcome.error).toContain("invalid value 'CRITICAL'");
  }, 60_000);
});
