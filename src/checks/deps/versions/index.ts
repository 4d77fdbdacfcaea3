// Each ecosystem's version ordering, for evaluating OSV `ECOSYSTEM` ranges (and `SEMVER` ones, which
// use SemVer whatever the ecosystem).
import type { Ecosystem } from '../package.js';
import { compareMaven } from './maven.js';
import { comparePackagist } from './packagist.js';
import { comparePypi } from './pypi.js';
import { compareRubygems } from './rubygems.js';
import { compareGo, compareSemver } from './semver.js';

/** Negative when a sorts before b, 0 when equal, positive when after. */
export type CompareVersions = (a: string, b: string) => number;

const BY_ECOSYSTEM: Record<Ecosystem, CompareVersions> = {
  npm: compareSemver,
  'crates.io': compareSemver,
  Go: compareGo,
  PyPI: comparePypi,
  RubyGems: compareRubygems,
  Packagist: comparePackagist,
  Maven: compareMaven,
};

export function ecosystemOrder(ecosystem: Ecosystem): CompareVersions {
  return BY_ECOSYSTEM[ecosystem];
}

/** `SEMVER` ranges: SemVer 2.0 precedence; Go writes its versions with a `v` the database omits. */
export function semverOrder(ecosystem: Ecosystem): CompareVersions {
  return ecosystem === 'Go' ? compareGo : compareSemver;
}
