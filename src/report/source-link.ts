// A link to a line of the repository at the commit that was checked, for reports people click.
import type { Finding } from '../model/finding.js';
import type { PlatformInfo } from '../model/result.js';

/**
 * Where a finding is, for a person to click: the file at the checked commit — or, for a secret a commit
 * added and a later one removed (`properties.removed`), the file at that commit, where the secret still is.
 */
export function findingUrl(platform: PlatformInfo, f: Finding): string | undefined {
  if (!f.location) return undefined;
  const commit = removedInCommit(f);
  return sourceUrl(platform, f.location.path, f.location.startLine, f.location.endLine, commit);
}

/** The commit that added a finding no longer in the working tree (a secret removed since), if that is what it is. */
export function removedInCommit(f: Finding): string | undefined {
  const commit = f.properties?.commit;
  return f.properties?.removed === true && typeof commit === 'string' && /^[0-9a-f]{7,64}$/i.test(commit) ? commit : undefined;
}

/** The web URL of `file` (repository-relative) at `commit` (default `platform.sha`), or undefined when the platform does not say where. */
export function sourceUrl(platform: PlatformInfo, file: string, startLine?: number, endLine?: number, commit?: string): string | undefined {
  const sha = commit ?? platform.sha;
  if (!platform.serverUrl || !platform.repository || !sha || file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file))
    return undefined;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  const base = platform.serverUrl.replace(/\/+$/, '');
  const range = endLine !== undefined && startLine !== undefined && endLine > startLine;
  switch (platform.kind) {
    case 'gitlab':
      return `${base}/${platform.repository}/-/blob/${sha}/${encoded}${startLine ? `#L${startLine}${range ? `-${endLine}` : ''}` : ''}`;
    case 'github':
    case 'local':
      // A local run that knows its server (a GitHub remote) links the GitHub way.
      return `${base}/${platform.repository}/blob/${sha}/${encoded}${startLine ? `#L${startLine}${range ? `-L${endLine}` : ''}` : ''}`;
  }
}
