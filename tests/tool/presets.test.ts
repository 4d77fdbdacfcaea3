// Each preset runs the real tool (scripts/install-tools.sh) on a fixture project with known problems.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { removeWorkspaces, requireTools, runTool, workspace } from './support.js';

beforeAll(() => requireTools('bandit', 'ruff', 'eslint', 'shellcheck', 'hadolint', 'gitleaks', 'osv-scanner', 'pip-audit'));
afterAll(removeWorkspaces);

const at = (f: Finding) => `${f.location?.path}:${f.location?.startLine ?? ''}`;
const byRule = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [`${f.ruleId}@${at(f)}`, f.severity]));

describe('bandit preset', () => {
  it('reports the known security issues with repository-relative paths, from a step in a subfolder', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool({ preset: 'bandit', paths: 'svc' }, path.join(ws, '..'), { sub: path.basename(ws) });
    const sub = path.basename(ws);
    expect(outcome.status).toBeUndefined();
    expect(byRule(outcome.findings)).toEqual({
      [`B404@${sub}/svc/app.py:4`]: 'low',
      [`B403@${sub}/svc/app.py:3`]: 'low',
      [`B602@${sub}/svc/app.py:8`]: 'high',
      [`B301@${sub}/svc/app.py:12`]: 'medium',
      [`B101@${sub}/svc/app.py:16`]: 'low',
    });
    const shell = outcome.findings.find((f) => f.ruleId === 'B602')!;
    expect(shell).toMatchObject({
      tool: 'bandit',
      toolVersion: '1.9.4',
      category: 'sast',
      stepId: 'scan',
      location: { startLine: 8, startColumn: 12 },
      properties: { confidence: 'HIGH', cwe: 'CWE-78' },
    });
    expect(shell.helpUri).toMatch(/bandit\.readthedocs\.io/);
    expect(outcome.tools).toEqual([
      { name: 'bandit', version: '1.9.4', informationUri: 'https://bandit.readthedocs.io/', category: 'sast' },
    ]);
  });

  it('lists the tool with its version and no findings when the code is clean', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool({ preset: 'bandit', paths: ['svc/clean.py'] }, ws);
    expect(outcome.findings).toEqual([]);
    expect(outcome.tools).toEqual([expect.objectContaining({ name: 'bandit', version: '1.9.4' })]);
  });
});

describe('ruff preset', () => {
  it('reports violations with ranges, severities by rule and its config file', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool({ preset: 'ruff', paths: 'svc', config: 'ruff.toml' }, ws);
    expect(outcome.status).toBeUndefined();
    const rules = byRule(outcome.findings);
    expect(rules).toMatchObject({
      'F401@svc/app.py:2': 'medium',
      'F821@svc/app.py:17': 'medium',
      'S602@svc/app.py:8': 'medium',
      'S301@svc/app.py:12': 'medium',
    });
    const undefinedName = outcome.findings.find((f) => f.ruleId === 'F821')!;
    expect(undefinedName).toMatchObject({
      tool: 'ruff',
      toolVersion: '0.17.5',
      category: 'quality',
      location: { path: 'svc/app.py', startLine: 17, startColumn: 12, endLine: 17, endColumn: 26 },
      helpUri: 'https://docs.astral.sh/ruff/rules/undefined-name',
    });
    expect(outcome.findings.find((f) => f.ruleId === 'S602')!.category).toBe('sast');
  });

  it('takes severity from the rule’s linter (bugbear medium, blind-except low) and passes `args` through', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool({ preset: 'ruff', paths: 'svc/errors.py', args: ['--select', 'BLE,B'] }, ws);
    expect(byRule(outcome.findings)).toEqual({ 'BLE001@svc/errors.py:7': 'low', 'B006@svc/errors.py:11': 'medium' });
  });

  it('makes a syntax error high', async () => {
    const ws = await workspace('python');
    await writeFile(path.join(ws, 'svc', 'broken.py'), 'def f(:\n');
    const { outcome } = await runTool({ preset: 'ruff', paths: 'svc/broken.py' }, ws);
    expect(outcome.findings[0]).toMatchObject({
      ruleId: 'invalid-syntax',
      severity: 'high',
      location: { path: 'svc/broken.py', startLine: 1 },
    });
  });

  it('fails the step, quoting ruff, when its config is broken', async () => {
    const ws = await workspace('python');
    const { outcome } = await runTool({ preset: 'ruff', config: 'bad-ruff.toml' }, ws);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/^ruff exited with code 2: ruff failed \/ Cause: Failed to load configuration .*bad-ruff\.toml/);
  });
});

describe('eslint preset', () => {
  it('reads errors, warnings and parse errors from the JSON formatter', async () => {
    const ws = await workspace('corpus/js');
    const { outcome } = await runTool({ preset: 'eslint', paths: 'src' }, ws);
    expect(outcome.status).toBeUndefined();
    expect(byRule(outcome.findings)).toEqual({
      'no-unused-vars@src/app.js:1': 'medium',
      'eqeqeq@src/app.js:4': 'low',
      'no-eval@src/app.js:4': 'medium',
      'parse-error@src/broken.js:2': 'high',
    });
    expect(outcome.findings[0]).toMatchObject({
      tool: 'eslint',
      toolVersion: '10.15.0',
      location: { startColumn: 7, endLine: 1, endColumn: 13 },
      helpUri: 'https://eslint.org/docs/latest/rules/no-unused-vars',
    });
  });
});

describe('shellcheck preset', () => {
  it('finds the shell scripts under a directory and reports each comment', async () => {
    const ws = await workspace('shell');
    const { outcome } = await runTool({ preset: 'shellcheck' }, ws);
    expect(outcome.status).toBeUndefined();
    expect(byRule(outcome.findings)).toEqual({
      'SC2086@scripts/deploy.sh:4': 'note',
      'SC2045@scripts/deploy.sh:5': 'medium',
      'SC2035@scripts/deploy.sh:5': 'note',
      'SC2154@scripts/deploy.sh:8': 'low',
    });
    expect(outcome.findings.find((f) => f.ruleId === 'SC2045')).toMatchObject({
      tool: 'shellcheck',
      toolVersion: '0.9.0',
      location: { startColumn: 10, endColumn: 21 },
      helpUri: 'https://www.shellcheck.net/wiki/SC2045',
    });
  });

  it('splits a long file list over several runs and reports every file', async () => {
    const ws = await workspace();
    await mkdir(path.join(ws, 'many'));
    for (let i = 0; i < 600; i++) await writeFile(path.join(ws, 'many', `s${i}.sh`), '#!/bin/sh\necho $1\n');
    const { outcome } = await runTool({ preset: 'shellcheck', paths: 'many' }, ws);
    expect(outcome.status).toBeUndefined();
    expect(new Set(outcome.findings.map((f) => f.location?.path)).size).toBe(600);
    expect(outcome.findings.every((f) => f.ruleId === 'SC2086')).toBe(true);
  });

  it('runs nothing, and still lists the tool, when there is no script', async () => {
    const ws = await workspace('docker');
    const { outcome, log } = await runTool({ preset: 'shellcheck' }, ws);
    expect(outcome.findings).toEqual([]);
    expect(outcome.tools).toEqual([expect.objectContaining({ name: 'shellcheck', version: '0.9.0' })]);
    expect(log.join('\n')).toMatch(/no files to check/);
  });
});

describe('hadolint preset', () => {
  it('lints the Dockerfiles it finds', async () => {
    const ws = await workspace('docker');
    const { outcome } = await runTool({ preset: 'hadolint' }, ws);
    expect(outcome.status).toBeUndefined();
    expect(byRule(outcome.findings)).toMatchObject({
      'DL3006@Dockerfile:1': 'low',
      'DL3008@Dockerfile:2': 'low',
      'DL3003@Dockerfile:3': 'low',
      'DL3015@Dockerfile:2': 'note',
    });
    expect(outcome.tools).toEqual([expect.objectContaining({ name: 'hadolint', version: '2.15.1', category: 'quality' })]);
  });
});
