import { describe, expect, it } from 'vitest';
import {
  fixedVersions,
  isAffected,
  affectingEntries,
  rangeIncludes,
  smallestUpgrade,
  normalizePypiName,
} from '../../src/checks/deps/match.js';
import { compareSemver } from '../../src/checks/deps/versions/semver.js';
import type { OsvRange } from '../../src/checks/deps/osv/record.js';
import { isWithdrawn } from '../../src/checks/deps/osv/record.js';
import { pkg, record } from './support.js';

const range = (events: OsvRange['events']): OsvRange => ({ type: 'SEMVER', events });
const inRange = (v: string, events: OsvRange['events']): boolean => rangeIncludes(v, range(events), compareSemver);

describe('range events (OSV evaluation algorithm)', () => {
  it('treats introduced "0" as before every version', () => {
    expect(inRange('0.0.0', [{ introduced: '0' }])).toBe(true);
    expect(inRange('0.0.0-alpha', [{ introduced: '0' }, { fixed: '1.0.0' }])).toBe(true);
  });

  it('affects from introduced (inclusive) up to fixed (exclusive)', () => {
    const ev = [{ introduced: '1.0.0' }, { fixed: '1.0.2' }];
    expect([inRange('0.9.9', ev), inRange('1.0.0', ev), inRange('1.0.1', ev), inRange('1.0.2', ev)]).toEqual([false, true, true, false]);
  });

  it('affects up to last_affected inclusive', () => {
    const ev = [{ introduced: '0' }, { last_affected: '2.1.214' }];
    expect([inRange('2.1.214', ev), inRange('2.1.215', ev)]).toEqual([true, false]);
  });

  it('evaluates several introduced/fixed pairs in version order, whatever order the record lists them', () => {
    const ev = [{ introduced: '3.0.0' }, { fixed: '3.2.5' }, { introduced: '1.0.0' }, { fixed: '1.0.2' }];
    expect(['0.1.0', '1.0.1', '2.0.0', '3.1.0', '3.2.5'].map((v) => inRange(v, ev))).toEqual([false, true, false, true, false]);
  });

  it('leaves versions at or above a limit unaffected, and a "*" limit changes nothing', () => {
    expect(inRange('1.5.0', [{ introduced: '1.0.0' }, { limit: '1.5.0' }])).toBe(false);
    expect(inRange('1.4.9', [{ introduced: '1.0.0' }, { limit: '1.5.0' }])).toBe(true);
    expect(inRange('9.0.0', [{ introduced: '1.0.0' }, { limit: '*' }])).toBe(true);
    // any limit above the version admits it
    expect(inRange('2.5.0', [{ introduced: '1.0.0' }, { limit: '1.5.0' }, { limit: '3.0.0' }])).toBe(true);
  });

  it('has no effect without an introduced event', () => {
    expect(inRange('1.0.0', [{ fixed: '2.0.0' }])).toBe(false);
  });

  it('ignores GIT ranges: they name commits, not versions', () => {
    const r = record('PyPI/PYSEC-2014-82.yaml');
    // 2.7.2.post1 is in no versions[] list: only the ECOSYSTEM range, after the GIT one, can say.
    expect(isAffected(r, pkg('PyPI', 'Jinja2', '2.7.2.post1'))).toBe(true);
    expect(isAffected(r, pkg('PyPI', 'jinja2', '2.7.3'))).toBe(false);
  });
});

describe('matching real advisories', () => {
  it('uses last_affected (npm ip)', () => {
    const r = record('npm/GHSA-78xj-cgh5-2h22.json');
    expect(isAffected(r, pkg('npm', 'ip', '1.1.8'))).toBe(true);
    expect(isAffected(r, pkg('npm', 'ip', '1.1.9'))).toBe(false);
  });

  it('orders versions that are not strict SemVer (node-fetch introduced "1.0")', () => {
    const r = record('npm/GHSA-r683-j2x4-v87g.json');
    expect(isAffected(r, pkg('npm', 'node-fetch', '2.6.1'))).toBe(true);
    expect(isAffected(r, pkg('npm', 'node-fetch', '2.6.7'))).toBe(true); // still in [1.0, 3.1.1)
    expect(isAffected(r, pkg('npm', 'node-fetch', '3.1.1'))).toBe(false);
  });

  it('orders prereleases (express 5.0.0-alpha.1 … 5.0.0)', () => {
    const r = record('npm/GHSA-qw6h-vgh9-j6wx.json');
    expect(isAffected(r, pkg('npm', 'express', '5.0.0-beta.1'))).toBe(true);
    expect(isAffected(r, pkg('npm', 'express', '5.0.0'))).toBe(false);
    expect(isAffected(r, pkg('npm', 'express', '4.19.2'))).toBe(true);
    expect(isAffected(r, pkg('npm', 'express', '4.20.0'))).toBe(false);
  });

  it('matches npm names case-sensitively', () => {
    const r = record('npm/GHSA-8hc4-vh64-cxmj.json');
    expect(isAffected(r, pkg('npm', 'Axios', '1.7.0'))).toBe(true);
    expect(isAffected(r, pkg('npm', 'axios', '1.7.0'))).toBe(false);
  });

  it('normalises PyPI names (PEP 503) on both sides', () => {
    expect(normalizePypiName('Zope.Interface__x')).toBe('zope-interface-x');
    const r = record('PyPI/PYSEC-2021-66.yaml');
    expect(isAffected(r, pkg('PyPI', 'JINJA2', '2.11.2'))).toBe(true);
    expect(isAffected(r, pkg('PyPI', 'jinja2', '2.11.3'))).toBe(false);
  });

  it('orders Maven versions (log4j-core, spring-beans 5.2.20.RELEASE)', () => {
    const log4j = record('Maven/GHSA-jfh8-c2jp-5v3q.json');
    expect(
      ['2.0-beta9', '2.3', '2.3.1', '2.12.1', '2.12.2', '2.14.1', '2.15.0'].map((v) =>
        isAffected(log4j, pkg('Maven', 'org.apache.logging.log4j:log4j-core', v)),
      ),
    ).toEqual([true, true, false, true, false, true, false]);
    const spring = record('Maven/GHSA-36p3-wjmg-h94x.json');
    expect(isAffected(spring, pkg('Maven', 'org.springframework:spring-beans', '5.2.19.RELEASE'))).toBe(true);
    expect(isAffected(spring, pkg('Maven', 'org.springframework:spring-beans', '5.2.20.RELEASE'))).toBe(false);
    expect(isAffected(spring, pkg('Maven', 'org.springframework:spring-beans', '5.2.20'))).toBe(false);
  });

  it('orders Packagist, RubyGems and crates.io versions', () => {
    const guzzle = record('Packagist/GHSA-25mq-v84q-4j7r.json');
    expect(isAffected(guzzle, pkg('Packagist', 'guzzlehttp/guzzle', 'v7.4.4'))).toBe(true);
    expect(isAffected(guzzle, pkg('Packagist', 'guzzlehttp/guzzle', '7.4.5'))).toBe(false);
    const rack = record('RubyGems/GHSA-65f5-mfpf-vfhj.json');
    expect(isAffected(rack, pkg('RubyGems', 'rack', '2.1.0'))).toBe(true);
    expect(isAffected(rack, pkg('RubyGems', 'rack', '2.1.4.2'))).toBe(false);
    expect(isAffected(rack, pkg('RubyGems', 'rack', '2.2.6.2'))).toBe(false);
    const h2 = record('crates.io/GHSA-f8vr-r385-rh5r.json');
    expect(isAffected(h2, pkg('crates.io', 'h2', '0.3.16'))).toBe(true);
    expect(isAffected(h2, pkg('crates.io', 'h2', '0.3.17'))).toBe(false);
  });

  it('matches versions[] entries exactly', () => {
    const rustls = record('crates.io/GHSA-6g7w-8wpp-frhj.json');
    expect(isAffected(rustls, pkg('crates.io', 'rustls', '0.20'))).toBe(true);
    expect(isAffected(rustls, pkg('crates.io', 'rustls', '0.20.9'))).toBe(false);
  });

  it('matches Go versions with a v prefix against pseudo-version fixes and stdlib prereleases', () => {
    const xcrypto = record('Go/GO-2020-0012.json');
    expect(isAffected(xcrypto, pkg('Go', 'golang.org/x/crypto', 'v0.0.0-20200219234226-1ad67e1f0ef4'))).toBe(true);
    expect(isAffected(xcrypto, pkg('Go', 'golang.org/x/crypto', 'v0.0.0-20200220183623-bac4c82f6975'))).toBe(false);
    expect(isAffected(xcrypto, pkg('Go', 'golang.org/x/crypto', 'v0.1.0'))).toBe(false);
    const stdlib = record('Go/GO-2026-6218.json');
    expect(
      ['1.25.12', '1.25.13', '1.26.0-rc.1', '1.26.5', '1.26.6', '1.27.0-rc.2', '1.27.0'].map((v) =>
        isAffected(stdlib, pkg('Go', 'stdlib', v)),
      ),
    ).toEqual([true, false, true, true, false, true, false]);
  });

  it('knows a withdrawn record', () => {
    expect(isWithdrawn(record('Go/GO-2024-2442.json'))).toBe(true);
    expect(isWithdrawn(record('Go/GO-2020-0012.json'))).toBe(false);
    expect(isWithdrawn({ id: 'X', withdrawn: '2999-01-01T00:00:00Z' })).toBe(false);
  });
});

describe('fixes and upgrades', () => {
  it('lists the fixed versions of the ranges that hold the version', () => {
    const ws = record('npm/GHSA-r683-j2x4-v87g.json');
    const p = pkg('npm', 'node-fetch', '2.6.1');
    expect(fixedVersions(affectingEntries(ws, p), 'npm', '2.6.1')).toEqual(['2.6.7', '3.1.1']);
  });

  it('finds the smallest version that clears every advisory of the package', () => {
    const lodash = [record('npm/GHSA-29mw-wpgm-hmr9.json'), record('npm/GHSA-35jh-r3h4-6jhm.json')];
    expect(smallestUpgrade(lodash, pkg('npm', 'lodash', '4.17.15'))).toBe('4.17.21');
    // node-fetch 2.6.7 still lies in [1.0, 3.1.1): the first fix that clears it all is 3.1.1
    expect(smallestUpgrade([record('npm/GHSA-r683-j2x4-v87g.json')], pkg('npm', 'node-fetch', '2.6.1'))).toBe('3.1.1');
  });

  it('has no upgrade when nothing is fixed', () => {
    expect(smallestUpgrade([record('Go/GO-2024-2442.json')], pkg('Go', 'github.com/gravitational/teleport', 'v1.0.0'))).toBeUndefined();
  });
});
