import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/config/positions.js';
import { ConfigError } from '../../src/base/errors.js';
import type { ConfigIssue } from '../../src/base/errors.js';

function issuesOf(source: string): ConfigIssue[] {
  try {
    parseYaml(source, 'runlens.yml');
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('parseYaml', () => {
  it('loads the value with the YAML 1.2 core schema', () => {
    const { value } = parseYaml('a: yes\nb: 010\nc: ~\nd: 1.5\n', 'f.yml');
    expect(value).toEqual({ a: 'yes', b: 10, c: null, d: 1.5 });
  });

  it('records the 1-based line and column of each key and value', () => {
    const source = 'version: 1\nsteps:\n  build:\n    run: npm ci\n    needs: [a, "b"]\n';
    const { positions } = parseYaml(source, 'f.yml');
    expect(positions.get(['steps', 'build'])?.key).toEqual({ line: 3, column: 3 });
    expect(positions.get(['steps', 'build', 'run'])).toEqual({ key: { line: 4, column: 5 }, value: { line: 4, column: 10 } });
    expect(positions.get(['steps', 'build', 'needs', 1])?.value).toEqual({ line: 5, column: 16 });
  });

  it('points at the opening quote of a quoted value', () => {
    const { positions } = parseYaml("a: 'text'\n", 'f.yml');
    expect(positions.locate(['a'], 'value')).toEqual({ line: 1, column: 4 });
  });

  it('counts columns on the first line without a byte-order mark', () => {
    const { positions } = parseYaml('\uFEFFversion: 1\n', 'f.yml');
    expect(positions.get(['version'])).toEqual({ key: { line: 1, column: 1 }, value: { line: 1, column: 10 } });
  });

  it('locates a missing field at the nearest key that exists', () => {
    const { positions } = parseYaml('steps:\n  build:\n    run: x\n', 'f.yml');
    expect(positions.locate(['steps', 'build', 'with', 'files'])).toEqual({ line: 2, column: 3 });
  });

  it('gives aliased fields the positions of their anchor', () => {
    const source = 'base: &b\n  shell: zsh\nsteps:\n  a:\n    <<: *b\n    run: x\n  c: *b\n';
    const { value, positions } = parseYaml(source, 'f.yml');
    expect(value).toMatchObject({ steps: { a: { shell: 'zsh', run: 'x' }, c: { shell: 'zsh' } } });
    expect(positions.locate(['steps', 'a', 'shell'])).toEqual({ line: 2, column: 3 });
    expect(positions.locate(['steps', 'a', 'run'])).toEqual({ line: 6, column: 5 });
    expect(positions.locate(['steps', 'c', 'shell'])).toEqual({ line: 2, column: 3 });
  });

  it('reports a YAML syntax error at its line and column', () => {
    expect(issuesOf('version: 1\nsteps:\n  a:\n\trun: x\n')).toEqual([
      expect.objectContaining({ file: 'runlens.yml', line: 4, column: 1, message: expect.stringMatching(/^YAML syntax error: tab/) }),
    ]);
  });

  it('points an unclosed "{" at where it opened, not where the parser gave up', () => {
    const lines = ['version: 1', 'steps:', '  build:', '    run: make', '    env: { CC: gcc, CFLAGS: -O2', '  test:', '    run: make test'];
    const [issue] = issuesOf(`${lines.join('\n')}\n`);
    expect(issue).toMatchObject({ line: 5, column: 10 });
    expect(issue!.message).toMatch(/the mapping opened with "\{" here is never closed \(the parser gave up at line 6, column 3/);
    expect(issue!.message).toMatch(/close it with "\}"/);
  });

  it('points an unclosed "[" at where it opened', () => {
    expect(issuesOf('version: 1\nsteps:\n  a: [1, 2\n  b: 3\n')).toEqual([
      expect.objectContaining({ line: 3, column: 6, message: expect.stringMatching(/the list opened with "\[" here is never closed/) }),
    ]);
  });

  it('does not take a brace inside a plain command for a flow mapping', () => {
    const [issue] = issuesOf('version: 1\nsteps:\n  t:\n    run: echo ${HOME} {a,b}\n    needs: [x\n  u:\n    run: y\n');
    expect(issue).toMatchObject({ line: 5, column: 12 });
  });

  it('says to quote a command that holds ": "', () => {
    const [issue] = issuesOf('version: 1\nsteps:\n  boom:\n    run: echo "Traceback: boom" && exit 3\n');
    expect(issue).toMatchObject({ line: 4, column: 10 });
    expect(issue!.message).toMatch(/the value of "run" holds ": ", which YAML reads as the start of another key/);
    expect(issue!.message).toContain(`quote the command as a whole: run: 'echo "Traceback: boom" && exit 3'`);
  });

  it('says to quote a value that goes on after a quoted part', () => {
    const [issue] = issuesOf('version: 1\nname: "runlens" ci\n');
    expect(issue).toMatchObject({ line: 2, column: 7 });
    expect(issue!.message).toMatch(/starts with a quoted part and goes on after its closing quote/);
    expect(issue!.message).toContain(`quote the value as a whole: name: '"runlens" ci'`);
  });

  it('reports every duplicate key at the repeated key, naming the first', () => {
    const issues = issuesOf('version: 1\nsteps:\n  a: { run: x, run: y }\nversion: 1\n');
    expect(issues.map((i) => [i.line, i.column, i.path])).toEqual([
      [3, 16, 'steps.a.run'],
      [4, 1, 'version'],
    ]);
    expect(issues[1]!.message).toMatch(/duplicate key "version" \(first written at line 1\)/);
  });

  it('says an empty file is empty', () => {
    expect(issuesOf('')[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^is empty/) });
  });

  it('says a file of only comments is empty', () => {
    expect(issuesOf('# nothing yet\n')[0]!.message).toMatch(/^is empty/);
  });

  it('rejects a second YAML document at its --- line', () => {
    expect(issuesOf('version: 1\n---\nsteps: {}\n')[0]).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringMatching(/more than one YAML document/),
    });
  });
});
