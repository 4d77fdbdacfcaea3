import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ecosystemOrder } from '../../src/checks/deps/versions/index.js';
import type { Ecosystem } from '../../src/checks/deps/package.js';

const DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'deps', 'versions');

function cases(file: string): Array<[string, string, string]> {
  return readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('//'))
    .map((l) => l.trim().split(' ') as [string, string, string]);
}

const SIGN: Record<string, number> = { '<': -1, '=': 0, '>': 1 };

function check(ecosystem: Ecosystem, rows: Array<[string, string, string]>, skip: string[] = []): void {
  const order = ecosystemOrder(ecosystem);
  const wrong: string[] = [];
  for (const [a, op, b] of rows) {
    if (skip.includes(`${a} ${op} ${b}`)) continue;
    if (Math.sign(order(a, b)) !== SIGN[op] || Math.sign(order(b, a)) !== -SIGN[op]!) wrong.push(`${a} ${op} ${b}`);
  }
  expect(wrong).toEqual([]);
}

describe('version ordering', () => {
  it('orders npm and crates.io versions by SemVer 2.0 precedence', () => {
    check('npm', cases('semver-versions.txt'));
    check('crates.io', [
      ['1.0.0-alpha', '<', '1.0.0-alpha.1'],
      ['1.0.0+build1', '=', '1.0.0+build2'],
      ['0.9.10', '>', '0.9.9'],
    ]);
  });

  it('orders Go versions with their v prefix, pseudo-versions and +incompatible', () => {
    check('Go', [
      ['v1.2.3', '=', '1.2.3'],
      ['v0.0.0-20210101000000-abcdef123456', '<', 'v0.0.1'],
      ['v0.0.0-20210101000000-abcdef123456', '<', 'v0.0.0-20220101000000-abcdef123456'],
      ['v1.4.1-0.20230101000000-abcdef123456', '>', 'v1.4.0'],
      ['v1.4.1-0.20230101000000-abcdef123456', '<', 'v1.4.1'],
      ['v2.0.0+incompatible', '=', '2.0.0'],
      ['v2.0.0+incompatible', '>', 'v1.9.9'],
      ['1.21', '=', '1.21.0'],
      ['1.21.0-rc.1', '<', '1.21.0'],
    ]);
  });

  it('orders PyPI versions by PEP 440', () => {
    check('PyPI', cases('pypi-versions.txt'));
    check('PyPI', [
      ['1.0.dev1', '<', '1.0a1'],
      ['1.0a1', '<', '1.0b1'],
      ['1.0rc1', '<', '1.0'],
      ['1.0', '<', '1.0.post1'],
      ['1!0.1', '>', '2.0'],
      ['1.0', '=', '1.0.0'],
      ['2.0.0-rc1', '=', '2.0.0rc1'],
    ]);
  });

  it('orders RubyGems versions as Gem::Version does', () => {
    // @renovatebot/ruby-semver compares segments as JavaScript numbers: 30-digit segments (which no
    // published gem has) lose precision.
    check(
      'RubyGems',
      cases('rubygems-versions.txt').filter(([a]) => !/\d{16}/.test(a)),
    );
    check('RubyGems', [
      ['1.0', '=', '1.0.0'],
      ['1.0.a', '<', '1.0'],
      ['1.0.0.rc1', '<', '1.0.0'],
      ['5.2.4.3', '>', '5.2.4'],
    ]);
  });

  it("orders Packagist versions as Composer does (PHP's version_compare after normalisation)", () => {
    // PHP's version_compare alone says `1.0.0 > 1.0`; Composer normalises both to 1.0.0.0 first, and
    // `#` is no version Composer accepts.
    check('Packagist', cases('packagist-versions.txt'), ['1.0.0 > 1.0', '1.2.3.# = 1.2.3.1']);
    check('Packagist', [
      ['v1.2.3', '=', '1.2.3'],
      ['1.0', '=', '1.0.0'],
      ['1.0.0-beta1', '<', '1.0.0'],
      ['1.0.0-RC1', '>', '1.0.0-beta2'],
      ['1.0.0-p1', '>', '1.0.0'],
      ['5.4.10', '>', '5.4.9'],
    ]);
  });

  it('orders Maven versions as ComparableVersion does', () => {
    check('Maven', cases('maven-versions.txt'));
    check('Maven', [
      ['1.0-alpha1', '=', '1.0-a1'],
      ['1.0-cr1', '=', '1.0-rc1'],
      ['1.0.final', '=', '1.0'],
      ['1.0-SNAPSHOT', '<', '1.0'],
      ['1.0-sp1', '>', '1.0'],
      ['2.13.4.2', '>', '2.13.4'],
      ['2.13.4', '>', '2.13.4-rc1'],
      ['1.0.0.Final', '=', '1.0.0'],
    ]);
  });
});
