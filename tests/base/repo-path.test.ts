// The one place paths become repository-relative POSIX paths (src/base/repo-path.ts).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInside, repoPath, repoRelative, toRepoPath } from '../../src/base/repo-path.js';

const root = path.join(path.sep, 'work', 'shop');

describe('repository paths', () => {
  it('makes a path inside the repository relative to its root, with forward slashes', () => {
    expect(repoRelative(root, path.join(root, 'packages', 'app', 'src', 'a.js'))).toBe('packages/app/src/a.js');
    expect(repoRelative(root, 'packages/app/runlens.yml')).toBe('packages/app/runlens.yml');
  });

  it('has no relative path for the root itself or for a path outside it', () => {
    expect(repoRelative(root, root)).toBeUndefined();
    expect(repoRelative(root, path.join(root, '..', 'other', 'a.js'))).toBeUndefined();
    expect(repoRelative(root, path.join(path.sep, 'etc', 'passwd'))).toBeUndefined();
  });

  it('keeps a file whose name starts with two dots inside the repository', () => {
    // `path.relative(...).startsWith('..')`, written in several places before, called these outside.
    expect(repoRelative(root, path.join(root, '..config', 'x.yml'))).toBe('..config/x.yml');
    expect(isInside(root, path.join(root, '..config'))).toBe(true);
  });

  it('is total in repoPath: `.` for the root, the absolute path for a file outside', () => {
    expect(repoPath(root, root)).toBe('.');
    expect(repoPath(root, path.join(path.sep, 'tmp', 'x.sarif'))).toBe('/tmp/x.sarif');
  });

  it('reads what other tools write: relative to where they ran, absolute, file: URIs, Windows paths', () => {
    const app = path.join(root, 'packages', 'app');
    expect(toRepoPath('src/a.js', app, root)).toBe('packages/app/src/a.js');
    expect(toRepoPath('src\\a.js', app, root)).toBe('packages/app/src/a.js');
    expect(toRepoPath(path.join(app, 'b.js'), app, root)).toBe('packages/app/b.js');
    expect(toRepoPath(pathToFileURL(path.join(app, 'c d.js')).href, app, root)).toBe('packages/app/c d.js');
    expect(toRepoPath('C:\\build\\src\\a.js', app, root)).toBe('C:/build/src/a.js');
    expect(toRepoPath('../../../elsewhere/a.js', app, root)).toBe('/work/elsewhere/a.js');
  });
});
