// The CI wiring init writes: a GitHub workflow (least privilege, pinned actions) and a GitLab job extending the templates.
import { dump } from 'js-yaml';
import { RUNLENS_VERSION } from '../../base/version.js';

// Pinned by commit (tag in the comment), as workflows-examples/ does; bump with the release.
export const ACTION_PIN = 'runlens/runlens@e81a414fbc47b27f289c6b4f40b389c1b6c638ae';
const CHECKOUT_PIN = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';
const UPLOAD_SARIF_PIN = 'github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7';
export const GITLAB_TEMPLATE_URL = `https://raw.githubusercontent.com/runlens/runlens/v${RUNLENS_VERSION}/gitlab/runlens.gitlab-ci.yml`;

export interface CiOptions {
  /** Upload runlens.sarif to GitHub code scanning (needs `security-events: write`; code scanning on private repositories needs GitHub Advanced Security). */
  uploadSarif: boolean;
  /** Shell lines installing the steps' tools on a GitHub runner / in GitLab's node image. */
  githubSetup: string[];
  gitlabSetup: string[];
  defaultBranch: string;
}

/** js-yaml quotes nothing it need not; `on:` must stay a key (YAML 1.1 readers take a bare `on` for true). */
function yamlText(doc: unknown): string {
  return dump(doc, { lineWidth: 120, noRefs: true });
}

export function githubWorkflow(o: CiOptions): string {
  const permissions: Record<string, string> = { contents: 'read', 'pull-requests': 'write' };
  if (o.uploadSarif) permissions['security-events'] = 'write';
  const steps: Record<string, unknown>[] = [{ uses: CHECKOUT_PIN, with: { 'fetch-depth': 0, 'persist-credentials': false } }];
  if (o.githubSetup.length) steps.push({ name: 'Install the pipeline tools', run: o.githubSetup.join('\n') + '\n' });
  steps.push({ id: 'runlens', uses: ACTION_PIN, with: { config: 'runlens.yml' } });
  if (o.uploadSarif)
    steps.push({ if: 'always()', uses: UPLOAD_SARIF_PIN, with: { sarif_file: '${{ steps.runlens.outputs.sarif }}', category: 'runlens' } });
  const doc = {
    name: 'runlens',
    on: { push: { branches: [o.defaultBranch] }, pull_request: null },
    permissions,
    concurrency: { group: 'runlens-${{ github.ref }}', 'cancel-in-progress': true },
    jobs: { runlens: { 'runs-on': 'ubuntu-latest', 'timeout-minutes': 30, steps } },
  };
  const text = yamlText(doc)
    .replace(/^'on':/m, 'on:')
    .replace(/^(\s+pull_request:) null$/m, '$1')
    .replace(/^(\s+- uses: actions\/checkout@\w+)$/m, '$1 # v5.0.0')
    .replace(/^(\s+uses: runlens\/runlens@\w+)$/m, `$1 # v${RUNLENS_VERSION}`)
    .replace(/^(\s+uses: github\/codeql-action\/upload-sarif@\w+)$/m, '$1 # v4.31.9');
  const header = [
    '# runlens: runs runlens.yml on pushes and pull requests (written by `runlens init`).',
    '# pull-requests: write posts the summary comment' + (o.uploadSarif ? '; security-events: write uploads SARIF to code scanning.' : '.'),
  ];
  return `${header.join('\n')}\n${text}`;
}

export function gitlabCi(o: CiOptions): string {
  const job: Record<string, unknown> = { extends: '.runlens', variables: { RUNLENS_CONFIG: 'runlens.yml' } };
  if (o.gitlabSetup.length) (job.variables as Record<string, string>).RUNLENS_SETUP = o.gitlabSetup.join(' && ');
  const doc = { include: [{ remote: GITLAB_TEMPLATE_URL }], runlens: job };
  const header = [
    '# runlens on GitLab CI (written by `runlens init`): the `.runlens` job from the runlens templates runs',
    '# runlens.yml and hands GitLab its reports (JUnit, Code Quality, security reports). Pin or mirror the include.',
  ];
  return `${header.join('\n')}\n${yamlText(doc)}`;
}
