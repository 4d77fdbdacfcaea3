// Diff-aware mode in real git repositories: only findings new since the base are reported, a shallow
// clone gets the base fetched, and when it cannot be the step says what to change in the workflow.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, git, removeTempDirs, scan, semgrepBin, tempDir } from './support.js';

let origin: string;
let base: string;

afterAll(removeTempDirs);

beforeAll(async () => {
  semgrepBin();
  origin = await tempDir('runlens-semgrep-origin-');
  git(origin, 'init', '-q', '-b', 'main');
  await cp(path.join(FIXTURES, 'rules'), path.join(origin, 'rules'), { recursive: true });
  await mkdir(path.join(origin, 'app'));
  await writeFile(
    path.join(origin, 'app', 'old.py'),
    'import hashlib\nimport subprocess\n\ndef run(name):\n    return subprocess.call("x " + name, shell=True)\n\ndef h(d):\n    return hashlib.md5(d)\n',
  );
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  base = git(origin, 'rev-parse', 'HEAD');
  // History between the base and the change, so a depth-1 clone cannot reach the base.
  for (let i = 0; i < 3; i++) {
    await writeFile(path.join(origin, `notes-${i}.txt`), `${i}\n`);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', `notes ${i}`);
  }
  git(origin, 'checkout', '-q', '-b', 'feature');
  await writeFile(path.join(origin, 'app', 'new.py'), 'def evaluate(expression):\n    return eval(expression)\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'feature');
  // The remote lets a clone fetch any commit it can reach, as GitHub and GitLab do.
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
}, 60_000);

async function shallowClone(): Promise<string> {
  const dir = await tempDir('runlens-semgrep-clone-');
  git(dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, 'repo');
  return path.join(dir, 'repo');
}

describe('uses: semgrep diff-aware mode', () => {
  it('reports only findings new since the pull request base', async () => {
    const r = await scan(origin, { config: 'rules/python.yml' }, { platform: { kind: 'github', baseSha: base } });
    expect(r.outcome.error).toBeUndefined();
    expect(r.outcome.findings.map((f) => `${f.ruleId} ${f.location!.path}`)).toEqual(['rules.eval-use app/new.py']);
    expect(r.outcome.summary).toContain(`Diff-aware: only findings new since ${base.slice(0, 12)}.`);
    expect(r.logs.find((l) => l.startsWith('semgrep: semgrep scan'))).toContain(`--baseline-commit=${base}`);
  }, 60_000);

  it('takes an explicit baseline-ref, and `off` scans everything', async () => {
    const byRef = await scan(origin, { config: 'rules/python.yml', 'baseline-ref': 'main' });
    expect(byRef.outcome.findings.map((f) => f.ruleId)).toEqual(['rules.eval-use']);
    const all = await scan(origin, { config: 'rules/python.yml', 'baseline-ref': 'off' }, { platform: { kind: 'github', baseSha: base } });
    expect(all.outcome.findings.map((f) => f.ruleId).sort()).toEqual([
      'rules.eval-use',
      'rules.insecure-hash-md5',
      'rules.subprocess-shell-true',
    ]);
  }, 60_000);

  it('fetches the base into a shallow clone', async () => {
    const repo = await shallowClone();
    expect(git(repo, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const r = await scan(repo, { config: 'rules/python.yml' }, { platform: { kind: 'github', baseSha: base } });
    expect(r.outcome.error).toBeUndefined();
    expect(r.outcome.findings.map((f) => f.ruleId)).toEqual(['rules.eval-use']);
    expect(r.logs).toContain(`semgrep: fetched the baseline ${base} (depth 50) to compare against`);
  }, 60_000);

  it('says to set fetch-depth: 0 (GitHub) or GIT_DEPTH: 0 (GitLab) when the base cannot be fetched', async () => {
    const repo = await shallowClone();
    git(repo, 'remote', 'set-url', 'origin', `file://${origin}-gone`);
    const gh = await scan(repo, { config: 'rules/python.yml' }, { platform: { kind: 'github', baseSha: base } });
    expect(gh.outcome.status).toBe('failed');
    expect(gh.outcome.error).toMatch(
      new RegExp(
        `^diff-aware mode: the baseline commit ${base} is not in this shallow clone, and fetching it from origin did not help \\(git fetch --depth=50 origin ${base} [0-9a-f]{40}: .+\\)\\. To fix, set \`fetch-depth: 0\` on actions/checkout, or set \`baseline-ref: off\` to scan everything\\.$`,
      ),
    );
    const gl = await scan(repo, { config: 'rules/python.yml' }, { platform: { kind: 'gitlab', baseSha: base } });
    expect(gl.outcome.error).toContain('set the variable `GIT_DEPTH: 0` for the job');
  }, 60_000);

  it('fails clearly outside a git checkout', async () => {
    const plain = await tempDir();
    await cp(path.join(FIXTURES, 'rules'), path.join(plain, 'rules'), { recursive: true });
    const r = await scan(plain, { config: 'rules', 'baseline-ref': 'main' });
    expect(r.outcome.error).toBe(
      "diff-aware mode (baseline-ref main) needs a git checkout, and the step's working directory is not in one",
    );
  });
});
