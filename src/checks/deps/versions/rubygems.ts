// RubyGems ordering (Gem::Version): @renovatebot/ruby-semver. `1.0.a` < `1.0` (a letter makes a
// prerelease), `1.0` == `1.0.0`. Strings Gem::Version rejects sort before valid ones, then as strings.
import { eq, gt, valid } from '@renovatebot/ruby-semver';

export function compareRubygems(a: string, b: string): number {
  const va = valid(a) !== null;
  const vb = valid(b) !== null;
  if (va && vb) return eq(a, b) ? 0 : gt(a, b) ? 1 : -1;
  if (va !== vb) return va ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
