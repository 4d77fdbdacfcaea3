import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/base/errors.js';
import { compareCsv } from '../../src/checks/golden/formats/csv.js';
import { compareInput, put, tempDir } from '../support/golden.js';

async function compare(expected: string, actual: string, options: Record<string, unknown> = {}, ext = 'csv') {
  const dir = await tempDir();
  await put(dir, `golden.${ext}`, expected);
  await put(dir, `actual.${ext}`, actual);
  return compareCsv(compareInput(dir, `golden.${ext}`, `actual.${ext}`, options));
}

describe('CSV comparison', () => {
  it('passes when every value is within the default tolerance', async () => {
    const r = await compare('t,v\n0,1.0\n1,2.5\n', 't,v\n0,1.000000001\n1,2.5\n');
    expect(r.passed).toBe(true);
    expect(r.compared).toBe(4);
  });

  it('fails with the count, the largest errors and the golden line of each', async () => {
    const r = await compare('t,v,w\n0,1.0,5\n1,2.5,6.0\n2,3.0,7.0\n', 't,v,w\n0,1.0,5\n1,2.6,6.0\n2,3.0,7.5\n', {
      tolerance: { abs: 0.01 },
    });
    expect(r.passed).toBe(false);
    expect(r.differences).toBe(2);
    expect(r.maxAbs).toMatchObject({ where: 'row 3, column w', line: 4, column: 7 });
    expect(r.maxAbs?.value).toBeCloseTo(0.5);
    expect(r.maxRel).toMatchObject({ where: 'row 3, column w' });
    expect(r.first).toMatchObject({ where: 'row 2, column v', line: 3 });
    expect(r.worst.map((d) => [d.where, d.expected, d.actual])).toEqual([
      ['row 3, column w', '7.0', '7.5'],
      ['row 2, column v', '2.5', '2.6'],
    ]);
  });

  it('compares integers exactly unless a tolerance is given', async () => {
    const exact = await compare('n\n100000\n', 'n\n100001\n');
    expect(exact.passed).toBe(false);
    expect(exact.worst[0]?.note).toMatch(/integers differ/);
    const tolerant = await compare('n\n100000\n', 'n\n100001\n', { tolerance: { rel: 1e-4 } });
    expect(tolerant.passed).toBe(true);
  });

  it('compares integers beyond 2^53 on their digits', async () => {
    const r = await compare('id\n9007199254740993\n', 'id\n9007199254740992\n');
    expect(r.passed).toBe(false);
  });

  it('maps columns by header name when their order differs', async () => {
    const r = await compare('a,b\n1,2\n3,4\n', 'b,a\n2,1\n4,3\n');
    expect(r.passed).toBe(true);
    expect(r.facts.map(([k]) => k)).toContain('columns');
  });

  it('reports a column missing from the actual file and one it added', async () => {
    const r = await compare('a,b\n1,2\n', 'a,c\n1,2\n');
    expect(r.passed).toBe(false);
    expect(r.problems).toEqual([
      'column "b" of the golden file is missing from the actual file',
      'the actual file has a column "c" the golden file does not',
    ]);
  });

  it('applies a per-column tolerance over the case tolerance', async () => {
    const csv = 'x,y\n1.0,1.0\n';
    const loose = await compare(csv, 'x,y\n1.05,1.05\n', { tolerance: { abs: 0.001 }, columns: { y: { abs: 0.1 } } });
    expect(loose.differences).toBe(1);
    expect(loose.worst[0]?.where).toBe('row 1, column x');
  });

  it('skips ignored columns, by name or by number', async () => {
    const r = await compare('time,v,host\n2026-01-01,1,a\n', 'time,v,host\n2026-11-22,1,b\n', {
      'ignore-columns': ['time'],
      columns: { '3': { ignore: true } },
    });
    expect(r.passed).toBe(true);
  });

  it('reports a row count mismatch with both counts', async () => {
    const r = await compare('v\n1\n2\n3\n', 'v\n1\n2\n');
    expect(r.passed).toBe(false);
    expect(r.problems).toEqual(['the golden file has 3 data rows, the actual file 2']);
    expect(r.first).toMatchObject({ line: 4 });
    const longer = await compare('v\n1\n', 'v\n1\n2\n3\n');
    expect(longer.problems).toEqual(['the golden file has 1 data rows, the actual file 3']);
  });

  it('reports a row with a different number of fields', async () => {
    const r = await compare('a,b\n1,2\n3,4\n', 'a,b\n1,2\n3,4,5\n');
    expect(r.passed).toBe(false);
    expect(r.worst[0]).toMatchObject({ where: 'row 2', line: 3, expected: '2 fields', actual: '3 fields' });
  });

  it('compares text fields byte for byte', async () => {
    const r = await compare('name,v\nalpha,1\n', 'name,v\nalpha ,1\n');
    expect(r.worst[0]).toMatchObject({ where: 'row 1, column name', note: 'text differs' });
  });

  it('reads quoted fields with delimiters, doubled quotes and newlines', async () => {
    const golden = 'id,label,v\n1,"a, b",1.5\n2,"say ""hi""",2.5\n3,"two\nlines",3.5\n4,plain,4.5\n';
    expect((await compare(golden, golden.replace('4.5', '4.5000000001'))).passed).toBe(true);
    const r = await compare(golden, golden.replace('"say ""hi"""', '"say ""ho"""').replace('4.5', '4.75'));
    expect(r.worst.map((d) => [d.where, d.line, d.expected, d.actual])).toEqual([
      ['row 2, column label', 3, 'say "hi"', 'say "ho"'],
      ['row 4, column v', 6, '4.5', '4.75'],
    ]);
  });

  it('counts a difference once in a row whose later field is quoted', async () => {
    const r = await compare('a,b,c\n0,0,0\n1.5,2.5,"x, y"\n3,4,5\n', 'a,b,c\n0,0,0\n1.75,2.5,"x, y"\n3,4,5\n');
    expect(r.differences).toBe(1);
    expect(r.worst.map((d) => d.where)).toEqual(['row 2, column a']);
  });

  it('treats a quoted number like the bare number', async () => {
    expect((await compare('v\n"1.5"\n', 'v\n1.5\n')).passed).toBe(true);
  });

  it('reads CRLF files, a byte-order mark and a last line without a newline', async () => {
    const r = await compare('\ufeffa,b\r\n1,2.0\r\n3,4.0', 'a,b\n1,2.0\n3,4.0000000001\n');
    expect(r.passed).toBe(true);
    expect(r.compared).toBe(4);
  });

  it('takes the first row as data when it is all numbers', async () => {
    const r = await compare('1,2\n3,4\n', '1,2\n3,5\n');
    expect(r.worst[0]).toMatchObject({ where: 'row 2, column 2', line: 2 });
  });

  it('reads tab-separated files as TSV', async () => {
    const r = await compare('a\tb\n1\t2\n', 'a\tb\n1\t2.5\n', {}, 'tsv');
    expect(r.worst[0]).toMatchObject({ where: 'row 1, column b', expected: '2', actual: '2.5' });
  });

  it('equates NaN with NaN by default and not when nan-equal is off', async () => {
    expect((await compare('v\nNaN\ninf\n', 'v\nnan\nInf\n')).passed).toBe(true);
    const strict = await compare('v\nNaN\n', 'v\nNaN\n', { 'nan-equal': false });
    expect(strict.passed).toBe(false);
  });

  it('fails inf against a finite number whatever the tolerance', async () => {
    const r = await compare('v\ninf\n', 'v\n1e308\n', { tolerance: { abs: 1e308, rel: 1 } });
    expect(r.passed).toBe(false);
  });

  it('decides near-boundary long literals with correctly rounded values', async () => {
    // 0.1 + 0.2 written in full: equal to 0.30000000000000004, not to 0.3, with no tolerance.
    const r = await compare('v\n0.30000000000000004441\n', 'v\n0.30000000000000004\n', { tolerance: { abs: 0, rel: 0 } });
    expect(r.passed).toBe(true);
    const off = await compare('v\n0.3\n', 'v\n0.30000000000000004\n', { tolerance: { abs: 0, rel: 0 } });
    expect(off.passed).toBe(false);
  });

  it('streams files larger than its buffer and still finds a difference near the end', async () => {
    const rows = 300_000;
    let golden = 'i,x,y\n';
    const lines: string[] = [];
    for (let i = 0; i < rows; i++) lines.push(`${i},${(i / 7).toFixed(9)},${Math.sin(i).toFixed(9)}`);
    golden += lines.join('\n') + '\n';
    const changed = [...lines];
    changed[rows - 2] = `${rows - 2},${((rows - 2) / 7).toFixed(9)},9.5`;
    const r = await compare(golden, 'i,x,y\n' + changed.join('\n') + '\n');
    expect(golden.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(r.differences).toBe(1);
    expect(r.worst[0]).toMatchObject({ where: `row ${rows - 1}, column y`, line: rows });
    expect(r.series?.maxAbs.length).toBeLessThanOrEqual(100);
    expect(r.series?.total).toBe(rows);
  });

  it('keeps rows aligned when the two files cross their chunk boundaries at different rows', async () => {
    const rows = 400_000;
    const golden: string[] = ['i,x'];
    const actual: string[] = ['i,x'];
    for (let i = 0; i < rows; i++) {
      const x = Math.cos(i);
      golden.push(`${i},${x.toFixed(6)}`);
      // Twice as many digits: the actual file is longer, so its 4 MB windows end at other rows.
      actual.push(`${i},${(i === rows - 10 ? x + 1 : x).toFixed(12)}`);
    }
    const r = await compare(golden.join('\n') + '\n', actual.join('\n') + '\n', { tolerance: { abs: 1e-6 } });
    expect(r.differences).toBe(1);
    expect(r.worst[0]).toMatchObject({ where: `row ${rows - 9}, column x`, line: rows - 8 });
  });

  it('reads quoted multi-line fields across chunk boundaries', async () => {
    const rows = 120_000;
    const lines: string[] = ['id,label,v'];
    for (let i = 0; i < rows; i++) lines.push(`${i},"label ${i}, with ""quotes""\nand a second line",${(i / 3).toFixed(6)}`);
    const golden = lines.join('\n') + '\n';
    lines[rows - 5] = lines[rows - 5]!.replace(/,[^,]*$/, ',-1');
    const r = await compare(golden, lines.join('\n') + '\n');
    expect(golden.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(r.differences).toBe(1);
    // Each record spans two lines: record k (1-based, after the header) starts on line 2k.
    expect(r.worst[0]).toMatchObject({ where: `row ${rows - 5}, column v`, line: 2 * (rows - 5) });
  });

  it('names the line and column of an unclosed quote', async () => {
    const err = await compare('a,b\n1,2\n3,"open\n4,5\n', 'a,b\n1,2\n3,4\n4,5\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      'golden.csv:3:3: a quoted field is never closed — end it with a double quote; a quote inside a quoted field is written twice ("")',
    );
  });

  it('names the line and column of text after a closing quote', async () => {
    const err = await compare('a,b\n1,2\n', 'a,b\n1,"2"x\n').catch((e: unknown) => e);
    expect((err as InputError).message).toMatch(/^actual\.csv:2:6: unexpected "x" after the closing quote of a field/);
  });
});
