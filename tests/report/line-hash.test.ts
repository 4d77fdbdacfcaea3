import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestSarif } from '../../src/ingest/sarif.js';
import { lineHashes } from '../../src/report/line-hash.js';
import { toSarif } from '../../src/report/sarif.js';
import { finding, run, step } from '../support/run-result.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sarif', 'eslint-many');
// ESLint wrote file:// URIs under this directory (generate.sh): the checkout the SARIF describes.
const WORKSPACE = '/tmp/runlens-sarif-eslint-many';

describe('primaryLocationLineHash', () => {
  it('hashes lines exactly as GitHub’s upload does (codeql-action’s published vectors)', () => {
    expect(lineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
    expect(lineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1',
    ]);
    const expected = [
      'e9496ae3ebfced30:1',
      'fb7c023a8b9ccb3f:1',
      'ce8ba1a563dcdaca:1',
      'e20e36e16fcb0cc8:1',
      'b3edc88f2938467e:1',
      'c8e28b0b4002a3a0:1',
      'c129715d7a2bc9a3:1',
    ];
    // Every line ending reads as \n; spaces and tabs do not count.
    expect(lineHashes(' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n')).toEqual(expected);
    expect(lineHashes(' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n')).toEqual(expected);
    expect(lineHashes(' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r')).toEqual(expected);
    // Identical windows are told apart by an occurrence index.
    expect(lineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10)).slice(0, 7)).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
    ]);
  });

  it('gives 14 ESLint results in one file, written without snippets, 14 distinct hashes read from the file', async () => {
    rmSync(WORKSPACE, { recursive: true, force: true });
    mkdirSync(WORKSPACE, { recursive: true });
    cpSync(path.join(fixture, 'handlers.js'), path.join(WORKSPACE, 'handlers.js'));
    const { findings } = await ingestSarif([path.join(fixture, 'eslint.sarif')], { cwd: WORKSPACE, workspace: WORKSPACE, stepId: 'lint' });
    expect(findings).toHaveLength(14);
    expect(findings.every((f) => f.location?.path === 'handlers.js' && !f.location.snippet)).toBe(true);

    const { log } = toSarif(run({ workspace: WORKSPACE, steps: [step({ id: 'lint', findings })] }));
    const results = log.runs[0]!.results!;
    const hashes = results.map((r) => r.partialFingerprints!.primaryLocationLineHash!);
    expect(new Set(hashes).size).toBe(14);
    const fromFile = lineHashes(readFileSync(path.join(WORKSPACE, 'handlers.js'), 'utf8'));
    for (const r of results) {
      const line = r.locations![0]!.physicalLocation!.region!.startLine!;
      expect(r.partialFingerprints!.primaryLocationLineHash).toBe(fromFile[line - 1]);
    }
  });

  it('keeps a line’s hash when lines are inserted above it', () => {
    const dir = path.join(os.tmpdir(), `runlens-line-hash-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const hashAt = (text: string, line: number) => {
      writeFileSync(path.join(dir, 'a.py'), text);
      const f = finding({ location: { path: 'a.py', startLine: line } });
      const { log } = toSarif(run({ workspace: dir, steps: [step({ findings: [f] })] }));
      return log.runs[0]!.results![0]!.partialFingerprints!.primaryLocationLineHash;
    };
    const before = hashAt('import os\nos.system(cmd)\nprint(1)\n', 2);
    const after = hashAt('import os\nimport sys\n\nos.system(cmd)\nprint(1)\n', 4);
    expect(after).toBe(before);
    rmSync(dir, { recursive: true, force: true });
  });
});
