// HashiCorp Vault / OpenBao KV secrets (issue 19): the light half, loaded by every `validate`. The client
// (client.ts: HTTP, logins) is imported only when a run or `doctor` has a `vault://` reference.
import { z } from 'zod';
import { SecretRefError, type SecretStore } from '../store.js';

export interface VaultRef {
  /** The first segment: the KV mount as written (a nested mount is found by the mounts look-up). */
  mount: string;
  /** The secret's path under the mount, without the KV v2 `data/` infix. */
  path: string;
  /** The key inside the secret whose value is fetched. */
  key: string;
  /** KV v2: a version other than the newest. */
  version?: number;
}

const SYNTAX = 'vault://<mount>/<path>#<key>  (KV v2 or v1; `?version=N` for an older KV v2 version)';

const authSchema = () =>
  z
    .discriminatedUnion('method', [
      z
        .object({
          method: z.literal('token'),
          'token-env': z.string().min(1).default('VAULT_TOKEN').describe('The environment variable that holds the Vault token.'),
        })
        .strict(),
      z
        .object({
          method: z.literal('approle'),
          mount: z.string().min(1).default('approle').describe('Where AppRole is enabled: `auth/<mount>/login`.'),
          'role-id': z.string().min(1).optional().describe('The role ID (not a secret); default: the variable named by `role-id-env`.'),
          'role-id-env': z.string().min(1).default('VAULT_ROLE_ID').describe('The environment variable with the role ID.'),
          'secret-id-env': z
            .string()
            .min(1)
            .default('VAULT_SECRET_ID')
            .describe('The environment variable with the secret ID (never written in runlens.yml).'),
        })
        .strict(),
      z
        .object({
          method: z.literal('jwt'),
          mount: z.string().min(1).default('jwt').describe('Where JWT/OIDC auth is enabled: `auth/<mount>/login`.'),
          role: z.string().min(1).describe('The Vault role to log in as (its bound claims name the repository).'),
          audience: z
            .string()
            .min(1)
            .optional()
            .describe("GitHub: the `aud` of the requested identity token (the role's `bound_audiences`)."),
          'id-token-env': z
            .string()
            .min(1)
            .default('VAULT_ID_TOKEN')
            .describe(
              'GitLab (or any CI): the environment variable holding the identity token (`id_tokens:` in .gitlab-ci.yml); on GitHub, when unset, the token is requested with `id-token: write`.',
            ),
        })
        .strict(),
    ])
    .describe("How runlens logs in: `token` (default), `approle`, or `jwt` with the CI's own identity token.");

const settingsSchema = () =>
  z
    .object({
      address: z
        .url({ protocol: /^https?$/ })
        .optional()
        .describe('The Vault address, e.g. `https://vault.example.com:8200`; default: `$VAULT_ADDR`.'),
      namespace: z
        .string()
        .min(1)
        .optional()
        .describe('Vault Enterprise / OpenBao namespace (`X-Vault-Namespace`); default: `$VAULT_NAMESPACE`.'),
      'ca-cert': z
        .string()
        .min(1)
        .optional()
        .describe(
          "A PEM file of the CA that signed Vault's certificate (or the PEM itself); a relative path is in the workspace; default: `$VAULT_CACERT`.",
        ),
      'kv-version': z
        .union([z.literal('auto'), z.literal(1), z.literal(2)])
        .default('auto')
        .describe('KV engine version; `auto` asks Vault per mount (`sys/internal/ui/mounts`), as the vault CLI does.'),
      auth: authSchema().prefault({ method: 'token' }),
    })
    .strict()
    .prefault({})
    .describe('HashiCorp Vault / OpenBao: address, namespace, TLS CA and how to log in.');

export type VaultSettings = z.output<ReturnType<typeof settingsSchema>>;
export type VaultAuth = VaultSettings['auth'];

// Vault takes almost any character in a path; a reference keeps to those that survive YAML and URLs unescaped.
const SEGMENT = /^[^\s#?%\\]+$/;

export function parseVaultRef(body: string): VaultRef {
  const bad = (why: string) =>
    new SecretRefError(`vault://${body}: ${why}; write vault://<mount>/<path>#<key>, e.g. vault://secret/ci/app#password`);
  const hash = body.indexOf('#');
  if (hash < 0) throw bad('no key: name the key after `#`');
  const key = body.slice(hash + 1);
  let location = body.slice(0, hash);
  if (!key) throw bad('the key after `#` is empty');
  if (/[\s#]/.test(key)) throw bad(`the key "${key}" has a space or a second \`#\``);
  let version: number | undefined;
  const query = location.indexOf('?');
  if (query >= 0) {
    const params = new URLSearchParams(location.slice(query + 1));
    location = location.slice(0, query);
    for (const [name, value] of params) {
      if (name !== 'version') throw bad(`unknown parameter "${name}" (only \`?version=N\`)`);
      if (!/^[1-9]\d*$/.test(value)) throw bad(`version "${value}" is not a positive whole number`);
      version = Number(value);
    }
  }
  if (location.startsWith('/')) throw bad('the mount comes right after `vault://` (no leading `/`)');
  const segments = location.replace(/\/+$/, '').split('/');
  if (segments.length < 2) throw bad('a path is needed after the mount');
  for (const s of segments) {
    if (s === '') throw bad('an empty path segment (`//`)');
    if (s === '.' || s === '..') throw bad('`.` and `..` are not path segments in Vault');
    if (!SEGMENT.test(s)) throw bad(`"${s}" has a character Vault paths do not take here`);
  }
  const [mount, ...rest] = segments;
  return { mount: mount!, path: rest.join('/'), key, ...(version ? { version } : {}) };
}

export const vaultStore: SecretStore<VaultRef, VaultSettings> = {
  scheme: 'vault',
  title: 'HashiCorp Vault / OpenBao',
  syntax: SYNTAX,
  example: 'vault://secret/ci/app#password',
  settings: settingsSchema,
  parse: parseVaultRef,
  client: async () => (await import('./client.js')).vaultClient,
};
