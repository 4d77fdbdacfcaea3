// Google Cloud Secret Manager (issue 19): the light half, loaded by every `validate`. The client (client.ts:
// the official @google-cloud/secret-manager over its REST transport, google-auth-library for credentials)
// is imported only when a run or `doctor` has a `gcp-sm://` reference.
import { z } from 'zod';
import { SecretRefError, type SecretStore } from '../store.js';

export interface GcpRef {
  project: string;
  secret: string;
  /** A version number, `latest`, or an alias. */
  version: string;
}

/** `projects/<p>/secrets/<s>/versions/<v>`: the resource name Secret Manager knows the version by. */
export const gcpRefName = (ref: GcpRef): string => `projects/${ref.project}/secrets/${ref.secret}/versions/${ref.version}`;

const SYNTAX =
  'gcp-sm://projects/<project>/secrets/<secret>/versions/<version>  (a number, `latest` or an alias; `/versions/…` may be left out for latest)';

const PROVIDER = /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;

const settingsSchema = () =>
  z
    .object({
      'workload-identity-provider': z
        .string()
        .regex(PROVIDER, 'write projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>')
        .optional()
        .describe(
          "Sign in by workload identity federation with the CI's own identity token (on GitHub the job's, with `permissions: id-token: write`; elsewhere the one in `id-token-env`): the provider's full name. Without it, Application Default Credentials (`credentials-file`, `$GOOGLE_APPLICATION_CREDENTIALS`, gcloud, the metadata server).",
        ),
      'service-account': z
        .email()
        .optional()
        .describe(
          'With `workload-identity-provider`: the service account to impersonate (its `roles/iam.workloadIdentityUser` names the CI principal); without, the federated identity itself reads.',
        ),
      audience: z
        .string()
        .min(1)
        .optional()
        .describe(
          "With `workload-identity-provider`: the `aud` of the requested identity token; default `https://iam.googleapis.com/<provider>` (the provider's default).",
        ),
      'id-token-env': z
        .string()
        .min(1)
        .default('GCP_ID_TOKEN')
        .describe(
          "With `workload-identity-provider`: the environment variable holding the identity token (GitLab: `id_tokens:`); on GitHub, when unset, the job's token is requested.",
        ),
      'credentials-file': z
        .string()
        .min(1)
        .optional()
        .describe(
          'A credentials JSON file (a service account key, or an `external_account` file from `gcloud iam workload-identity-pools create-cred-config`), a relative path in the workspace; default: `$GOOGLE_APPLICATION_CREDENTIALS`.',
        ),
      endpoint: z
        .url({ protocol: /^https?$/ })
        .optional()
        .describe(
          'Another Google API endpoint for Secret Manager and, with `workload-identity-provider`, STS and IAM Credentials (a proxy, a Private Service Connect endpoint, an emulator).',
        ),
    })
    .strict()
    .prefault({})
    .describe('Google Cloud Secret Manager: how runlens signs in to Google Cloud.');

export type GcpSettings = z.output<ReturnType<typeof settingsSchema>>;

// Project ids: 6–30 lowercase letters, digits and hyphens (or a project number); secret ids: 1–255 letters,
// digits, `_` and `-`; versions: a number, `latest`, or an alias (a letter, then letters, digits, `_`, `-`).
const PROJECT = /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/;
const SECRET = /^[A-Za-z0-9_-]{1,255}$/;
const VERSION = /^(?:[1-9]\d*|latest|[A-Za-z][A-Za-z0-9_-]{0,62})$/;

export function parseGcpRef(body: string): GcpRef {
  const parts = body.split('/');
  if (parts[0] === 'projects' && parts[2] === 'locations')
    throw new SecretRefError('regional secrets (projects/<p>/locations/<l>/…) are not supported: reference a global secret');
  const shapeOk =
    parts.length >= 4 &&
    parts[0] === 'projects' &&
    parts[2] === 'secrets' &&
    (parts.length === 4 || (parts.length === 6 && parts[4] === 'versions'));
  if (!shapeOk || parts.some((p) => p === ''))
    throw new SecretRefError(`"${body}" is not projects/<project>/secrets/<secret>/versions/<version>`);
  const [, project, , secret, , version = 'latest'] = parts as [string, string, string, string, string?, string?];
  if (!PROJECT.test(project))
    throw new SecretRefError(`"${project}" is not a project id (6 to 30 lowercase letters, digits and hyphens) or number`);
  if (!SECRET.test(secret)) throw new SecretRefError(`"${secret}" is not a secret id (letters, digits, _ and -)`);
  if (!VERSION.test(version)) throw new SecretRefError(`"${version}" is not a version: a number from 1, \`latest\`, or an alias`);
  return { project, secret, version };
}

export const gcpStore: SecretStore<GcpRef, GcpSettings> = {
  scheme: 'gcp-sm',
  title: 'Google Cloud Secret Manager',
  syntax: SYNTAX,
  example: 'gcp-sm://projects/acme-ci/secrets/registry-token/versions/latest',
  settings: settingsSchema,
  parse: parseGcpRef,
  client: async () => (await import('./client.js')).gcpClient,
};
