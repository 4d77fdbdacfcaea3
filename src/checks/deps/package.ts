// What a lockfile says a repository installs: the unit the advisory matching works on.
export const ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'Maven'] as const; // OSV ecosystem names
export type Ecosystem = (typeof ECOSYSTEMS)[number];
export interface LockedPackage {
  /** As the lockfile spells it (PyPI names are normalised by the matcher, PEP 503). */
  name: string;
  version: string;
  ecosystem: Ecosystem;
  /** Repository-relative path of the lockfile, forward slashes. */
  lockfile: string;
  /** 1-based line where the lockfile declares this package (its entry's first line). */
  line: number;
  /** Declared by the project itself (not only pulled in by another package), when the format says. */
  direct?: boolean;
  /** When the format says: runtime or development (dev/optional/test groups count as development). */
  scope?: 'runtime' | 'development';
}
