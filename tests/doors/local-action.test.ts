// The action under @github/local-action (issue 13, item 7): the harness stubs @actions/core and reports the
// outputs, summary and annotations the action gave through it. An action that writes GITHUB_OUTPUT and
// workflow commands by hand shows raw commands there and "No outputs were set".
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist.js';

const bin = path.join(repoRoot, 'node_modules', '.bin');

/** `local-action run <repo> src/main.ts <env file>` from the repository root (it asks `npm ls` where @actions/core is). */
function localAction(envFile: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    // local-action needs Node ≥ 22: the repository's Node 24 (a devDependency) first on PATH.
    const child = spawn(path.join(bin, 'local-action'), ['run', repoRoot, 'src/main.ts', envFile], {
      cwd: repoRoot,
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME, LANG: 'C.UTF-8', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('the action under @github/local-action', () => {
  it('sets its outputs, job summary and annotations through @actions/core', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-local-action-'));
    const sarif = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'lintish', rules: [{ id: 'no-eval' }] } },
          results: [
            {
              ruleId: 'no-eval',
              level: 'error',
              message: { text: 'eval of input' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'app.js' }, region: { startLine: 1 } } }],
            },
          ],
        },
      ],
    });
    await writeFile(path.join(ws, 'lint.sarif'), sarif);
    await writeFile(path.join(ws, 'app.js'), 'eval(input);\n');
    await writeFile(
      path.join(ws, 'runlens.yml'),
      ['version: 1', 'name: shop', 'steps:', '  lint:', '    run: echo linting', '    sarif: lint.sarif', ''].join('\n'),
    );
    const summary = path.join(ws, 'step-summary.md');
    await writeFile(summary, '');
    const envFile = path.join(ws, 'local.env');
    await writeFile(
      envFile,
      [
        'GITHUB_ACTIONS=true',
        `GITHUB_WORKSPACE=${ws}`,
        `GITHUB_STEP_SUMMARY=${summary}`,
        'GITHUB_REPOSITORY=acme/shop',
        'INPUT_FAIL-ON=critical',
        'INPUT_PR-COMMENT=off',
        '',
      ].join('\n'),
    );
    const { code, out } = await localAction(envFile);
    const text = plain(out);
    expect(code, text).toBe(0);
    expect(text).not.toContain('No outputs were set');
    const outputs = text.slice(text.indexOf('Action Outputs'));
    expect(outputs).toMatch(/'result'\s*│\s*'passed'/);
    expect(outputs).toMatch(/'findings'\s*│\s*'1'/);
    expect(outputs).toMatch(new RegExp(`'run-json'\\s*│\\s*'${ws}/\\.runlens/run\\.json'`));
    // The finding's annotation and the step's log group went through core (the stub prints what it was given).
    expect(text).toMatch(/::error title=high: [^\n]*,file=app\.js,line=1[^\n]*::eval of input/);
    expect(text).toMatch(/::group::lint — passed/);
    expect(await readFile(summary, 'utf8')).toMatch(/## ✅ shop passed/);
  }, 180_000);
});
