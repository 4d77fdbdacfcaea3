// AWS Secrets Manager (issue 19): the light half, loaded by every `validate`. The client (client.ts, the
// AWS SDK v3) is imported only when a run or `doctor` has an `aws-sm://` reference.
import { z } from 'zod';
import { SecretRefError, type SecretStore } from '../store.js';

export interface AwsRef {
  /** The secret's name or full ARN, as GetSecretValue's SecretId takes it. */
  secretId: string;
  /** Take this key of a JSON secret instead of the whole string. */
  jsonKey?: string;
  versionId?: string;
  versionStage?: string;
  /** The region an ARN names (it wins over the settings' region for that secret). */
  arnRegion?: string;
}

const SYNTAX = 'aws-sm://<name-or-arn>[#json-key]  (`?version-stage=AWSPREVIOUS` or `?version-id=…` for another version)';

const settingsSchema = () =>
  z
    .object({
      region: z
        .string()
        .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'a region is written like eu-west-1')
        .optional()
        .describe("The AWS region; default: `$AWS_REGION`, `$AWS_DEFAULT_REGION`, the profile's, or the one an ARN names."),
      'role-arn': z
        .string()
        .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/, 'a role ARN is written like arn:aws:iam::123456789012:role/ci')
        .optional()
        .describe(
          "A role to assume with the CI's own identity token (`AssumeRoleWithWebIdentity`): on GitHub the job's token (`permissions: id-token: write`), elsewhere the one in `id-token-env`. Without it, the SDK's default credential chain (environment, profile, `AWS_WEB_IDENTITY_TOKEN_FILE`, container, instance).",
        ),
      'id-token-env': z
        .string()
        .min(1)
        .default('AWS_ID_TOKEN')
        .describe(
          "With `role-arn`: the environment variable holding the identity token (GitLab: `id_tokens:`); on GitHub, when unset, the job's token is requested.",
        ),
      audience: z
        .string()
        .min(1)
        .default('sts.amazonaws.com')
        .describe("With `role-arn` on GitHub: the `aud` of the requested token (the IAM OIDC provider's audience)."),
      'session-name': z
        .string()
        .regex(/^[\w+=,.@-]{2,64}$/, '2 to 64 letters, digits or +=,.@_-')
        .default('runlens')
        .describe('The role session name CloudTrail shows.'),
      endpoint: z
        .url({ protocol: /^https?$/ })
        .optional()
        .describe('Another Secrets Manager and STS endpoint (LocalStack, moto, a proxy).'),
    })
    .strict()
    .prefault({})
    .describe("AWS Secrets Manager: region, and an optional role to assume with the CI's identity token.");

export type AwsSettings = z.output<ReturnType<typeof settingsSchema>>;

// Secrets Manager names take letters, digits and /_+=.@- (so `?` and `#` are free for the reference's own use).
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z]{2}(?:-[a-z]+)+-\d+):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
const VERSION_ID = /^[A-Za-z0-9-]{32,64}$/;
const STAGE = /^[A-Za-z0-9_+=,.@-]{1,256}$/;

export function parseAwsRef(body: string): AwsRef {
  let rest = body;
  let jsonKey: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    jsonKey = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
    if (!jsonKey) throw new SecretRefError('the JSON key after `#` is empty');
    if (jsonKey.includes('#')) throw new SecretRefError(`the JSON key "${jsonKey}" has a second \`#\``);
  }
  const ref: AwsRef = { secretId: rest };
  const query = rest.indexOf('?');
  if (query >= 0) {
    ref.secretId = rest.slice(0, query);
    for (const [name, value] of new URLSearchParams(rest.slice(query + 1))) {
      if (name === 'version-id') {
        if (!VERSION_ID.test(value)) throw new SecretRefError(`version-id "${value}" is not a Secrets Manager version id (a UUID)`);
        ref.versionId = value;
      } else if (name === 'version-stage') {
        if (!STAGE.test(value)) throw new SecretRefError(`version-stage "${value}" is not a staging label`);
        ref.versionStage = value;
      } else throw new SecretRefError(`unknown parameter "${name}" (only \`?version-id=…\` or \`?version-stage=…\`)`);
    }
    if (ref.versionId && ref.versionStage) throw new SecretRefError('give `version-id` or `version-stage`, not both');
  }
  const id = ref.secretId;
  if (!id) throw new SecretRefError('no secret: write its name or ARN after `aws-sm://`');
  if (id.startsWith('arn:')) {
    const m = ARN.exec(id);
    if (!m)
      throw new SecretRefError(`"${id}" is not a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)`);
    ref.arnRegion = m[1];
  } else if (!NAME.test(id)) {
    throw new SecretRefError(`"${id}" is not a secret name: names take letters, digits and /_+=.@- (up to 512)`);
  }
  if (jsonKey !== undefined) ref.jsonKey = jsonKey;
  return ref;
}

/** How messages name a reference: the secret id with its version, as the user wrote it. */
export function awsRefLabel(ref: AwsRef): string {
  const version = ref.versionId ? `?version-id=${ref.versionId}` : ref.versionStage ? `?version-stage=${ref.versionStage}` : '';
  return `${ref.secretId}${version}`;
}

export const awsStore: SecretStore<AwsRef, AwsSettings> = {
  scheme: 'aws-sm',
  title: 'AWS Secrets Manager',
  syntax: SYNTAX,
  example: 'aws-sm://prod/db#password',
  settings: settingsSchema,
  parse: parseAwsRef,
  client: async () => (await import('./client.js')).awsClient,
};
