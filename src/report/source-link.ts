// A link to a line of the repository at the commit that was checked, for reports people click.
import type { PlatformInfo } from '../model/result.js';

/** The web URL of `file` (workspace-relative) at `platform.sha`, or undefined when the platform does not say where. */
export function sourceUrl(platform: PlatformInfo, file: string, startLine?: number, endLine?: number): string | undefined {
  if (!platform.serverUrl || !platform.repository || !platform.sha || file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file))
    return undefined;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  const base = platform.serverUrl.replace(/\/+$/, '');
  const range = endLine !== undefined && startLine !== undefined && endLine > startLine;
  switch (platform.kind) {
    case 'gitlab':
      return `${base}/${platform.repository}/-/blob/${platform.sha}/${encoded}${startLine ? `#L${startLine}${range ? `-${endLine}` : ''}` : ''}`;
    case 'github':
    case 'local':
      // A local run that knows its server (a GitHub remote) links the GitHub way.
      return `${base}/${platform.repository}/blob/${platform.sha}/${encoded}${startLine ? `#L${startLine}${range ? `-L${endLine}` : ''}` : ''}`;
  }
}
