// GitHub problem matchers: the runner's semantics (multi-line patterns, loop, fromPath, default severity)
// and errors that name file:line:col.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/base/errors.js';
import { findingsFromText, parseProblemMatchers, ProblemScanner, type ProblemMatcher } from '../../src/ingest/problem-matcher.js';

let ws: string;
beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'runlens-matcher-'));
  await mkdir(path.join(ws, 'pkg', 'src'), { recursive: true });
  for (const f of ['pkg/src/main.c', 'pkg/app.csproj', 'lib/util.py', 'a.ts', 'b.ts']) {
    await mkdir(path.join(ws, path.dirname(f)), { recursive: true });
    await writeFile(path.join(ws, f), '\n');
  }
});
afterAll(() => rm(ws, { recursive: true, force: true }));

const matchers = (doc: unknown): ProblemMatcher[] => parseProblemMatchers(JSON.stringify(doc, null, 2), 'matcher.json');
const scan = (ms: ProblemMatcher[], lines: string[]) => {
  const s = new ProblemScanner(ms);
  return lines.map((l) => s.feed(l)).filter((m) => m !== undefined);
};

const gcc = matchers({
  problemMatcher: [
    {
      owner: 'gcc',
      pattern: [{ regexp: '^(.+):(\\d+):(\\d+):\\s+(warning|error|note):\\s+(.*)$', file: 1, line: 2, column: 3, severity: 4, message: 5 }],
    },
  ],
});

describe('problem matcher semantics', () => {
  it('matches single-line problems and leaves other lines alone', () => {
    const found = scan(gcc, ['compiling…', 'src/main.c:12:5: warning: unused variable ‘x’', 'done']);
    expect(found).toEqual([
      {
        owner: 'gcc',
        text: 'src/main.c:12:5: warning: unused variable ‘x’',
        file: 'src/main.c',
        line: '12',
        column: '5',
        severity: 'warning',
        message: 'unused variable ‘x’',
      },
    ]);
  });

  it('matches through terminal colour codes', () => {
    const found = scan(gcc, ['\u001b[1msrc/main.c:3:1:\u001b[0m \u001b[31merror:\u001b[0m expected ‘;’']);
    expect(found[0]).toMatchObject({ file: 'src/main.c', severity: 'error', message: 'expected ‘;’' });
  });

  it('reports once per loop line, keeping the file from the line before', () => {
    const stylish = matchers({
      problemMatcher: [
        {
          owner: 'stylish',
          pattern: [
            { regexp: '^([^\\s].*)$', file: 1 },
            {
              regexp: '^\\s+(\\d+):(\\d+)\\s+(error|warning)\\s+(.*?)\\s\\s+(\\S+)$',
              line: 1,
              column: 2,
              severity: 3,
              message: 4,
              code: 5,
              loop: true,
            },
          ],
        },
      ],
    });
    const found = scan(stylish, [
      'a.ts',
      '  1:7   error    x is unused  no-unused-vars',
      '  4:9   warning  use ===      eqeqeq',
      '',
      '  9:1   error    orphan line  no-undef',
      'b.ts',
      '  2:2   error    y is unused  no-unused-vars',
    ]);
    expect(found.map((m) => `${m.file}:${m.line}:${m.column} ${m.code}`)).toEqual([
      'a.ts:1:7 no-unused-vars',
      'a.ts:4:9 eqeqeq',
      'b.ts:2:2 no-unused-vars',
    ]);
  });

  it('without loop, reports once and starts over', () => {
    const twoLine = matchers({
      problemMatcher: [
        {
          owner: 'two',
          pattern: [
            { regexp: '^FILE (.+)$', file: 1 },
            { regexp: '^  L(\\d+) (.+)$', line: 1, message: 2 },
          ],
        },
      ],
    });
    const found = scan(twoLine, ['FILE a.ts', '  L1 first', '  L2 second', 'FILE b.ts', 'noise', '  L3 broken chain']);
    expect(found.map((m) => `${m.file}:${m.line} ${m.message}`)).toEqual(['a.ts:1 first']);
  });

  it('carries values from earlier lines (fromPath, severity) and applies the matcher’s default severity', () => {
    const msbuild = matchers({
      problemMatcher: [
        {
          owner: 'proj',
          severity: 'warning',
          pattern: [
            { regexp: '^file:(.+) fromPath:(.+)$', file: 1, fromPath: 2 },
            { regexp: '^line:(\\d+) code:(\\S+) message:(.+)$', line: 1, code: 2, message: 3, loop: true },
          ],
        },
      ],
    });
    const found = scan(msbuild, ['file:src/main.c fromPath:pkg/app.csproj', 'line:7 code:C42 message:bad cast']);
    expect(found[0]).toMatchObject({ file: 'src/main.c', fromPath: 'pkg/app.csproj', severity: 'warning', code: 'C42' });
    const [f] = findingsFromText('file:src/main.c fromPath:pkg/app.csproj\nline:7 code:C42 message:bad cast\n', msbuild, {
      cwd: ws,
      workspace: ws,
      stepId: 'build',
      category: 'quality',
    });
    // fromPath: the file is relative to the directory of the project file that named it.
    expect(f).toMatchObject({ tool: 'proj', ruleId: 'C42', severity: 'medium', location: { path: 'pkg/src/main.c', startLine: 7 } });
  });

  it('gives the first matcher that reports the line, and resets the others', () => {
    const both = matchers({
      problemMatcher: [
        { owner: 'first', pattern: [{ regexp: '^(.+):(\\d+): (.+)$', file: 1, line: 2, message: 3 }] },
        { owner: 'second', pattern: [{ regexp: '^(.+):(\\d+): (.+)$', file: 1, line: 2, message: 3 }] },
      ],
    });
    expect(scan(both, ['a.ts:1: one']).map((m) => m.owner)).toEqual(['first']);
  });
});

describe('problems as findings', () => {
  const opts = { cwd: path.join('/', 'x'), workspace: path.join('/', 'x'), stepId: 'lint', category: 'quality' as const };

  it('makes paths repository-relative from a step in a subfolder, and maps severities', () => {
    const text = 'src/main.c:3:1: error: boom\nsrc/main.c:4:2: note: fyi\nmissing.c:1:1: warning: gone\n';
    const found = findingsFromText(text, gcc, { ...opts, cwd: path.join(ws, 'pkg'), workspace: ws });
    expect(found.map((f) => [f.location?.path, f.location?.startLine, f.location?.startColumn, f.severity])).toEqual([
      ['pkg/src/main.c', 3, 1, 'high'],
      ['pkg/src/main.c', 4, 2, 'note'],
      // A file that is not there is no location (as on GitHub); the message keeps what the tool said.
      [undefined, undefined, undefined, 'medium'],
    ]);
    expect(found[2]!.properties).toMatchObject({ file: 'missing.c' });
    expect(found[0]).toMatchObject({ tool: 'gcc', ruleId: 'gcc', message: 'boom', stepId: 'lint', category: 'quality' });
  });

  it('keeps a fingerprint when the problem moves to another line', () => {
    const [a] = findingsFromText('lib/util.py:3:1: error: boom', gcc, { ...opts, cwd: ws, workspace: ws });
    const [b] = findingsFromText('lib/util.py:9:1: error: boom', gcc, { ...opts, cwd: ws, workspace: ws });
    expect(a!.fingerprint).toBe(b!.fingerprint);
  });

  it('takes severity words from the step over the built-in table', () => {
    const [f] = findingsFromText('lib/util.py:3:1: error: boom', gcc, { ...opts, cwd: ws, workspace: ws, severities: { error: 'low' } });
    expect(f!.severity).toBe('low');
  });
});

describe('problem-matcher file errors', () => {
  const errorOf = (text: string): InputError => {
    try {
      parseProblemMatchers(text, 'm.json');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return err as InputError;
    }
    throw new Error('expected an InputError');
  };

  it.each([
    ['{ "problemMatcher": [ { "owner": "x", \n "pattern": [] } ] }', /^m\.json:2:13: problemMatcher\[0\]\.pattern is missing or empty/],
    [
      '{ "problemMatcher": [ { \n"pattern": [ { "regexp": "(.)", "message": 1 } ] } ] }',
      /^m\.json:1:23: problemMatcher\[0\]\.owner is missing/,
    ],
    [
      '{ "problemMatcher": [ { "owner": "x", "pattern": [\n  { "regexp": "(a)", "file": 1, "loop": true },\n  { "regexp": "(b)", "message": 1 } ] } ] }',
      /^m\.json:2:41: problemMatcher\[0\]\.pattern\[0\]\.loop is set on a pattern that is not the last/,
    ],
    [
      '{ "problemMatcher": [ { "owner": "x", "pattern": [\n  { "regexp": "(a", "message": 1 } ] } ] }',
      /^m\.json:2:15: .*regexp is not a valid regular expression/,
    ],
    [
      '{ "problemMatcher": [ { "owner": "x", "pattern": [\n  { "regexp": "(a)", "file": 1 } ] } ] }',
      /sets "message" in none of its patterns/,
    ],
    [
      '{ "problemMatcher": [ { "owner": "x", "severity": "fatal", "pattern": [ { "regexp": "(a)", "message": 1 } ] } ] }',
      /severity is "fatal"/,
    ],
    [
      '{ "problemMatcher": [ { "owner": "x", "pattern": [ { "regexp": "(a)", "message": 1 } ] },\n { "owner": "X", "pattern": [ { "regexp": "(a)", "message": 1 } ] } ] }',
      /^m\.json:2:13: problemMatcher\[1\]\.owner "X" is used by two matchers/,
    ],
    [
      '{ "problemMatcher": [ { "owner": "x", "pattern": [ { "regexp": "(a)", "message": 1, } ] } ] }',
      /^m\.json:1:\d+: this problem-matcher file is not valid JSON/,
    ],
    ['{ "matchers": [] }', /^m\.json:1:1: problemMatcher is missing/],
  ])('rejects %s', (text, message) => {
    expect(errorOf(text).message).toMatch(message);
  });
});
