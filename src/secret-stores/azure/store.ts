// Azure Key Vault secrets (issue 19): the light half, loaded by every `validate`. The client (client.ts:
// @azure/keyvault-secrets with @azure/identity) is imported only when a run or `doctor` has an
// `azure-kv://` reference.
import { z } from 'zod';
import { SecretRefError, type SecretStore } from '../store.js';

export interface AzureRef {
  vault: string;
  secret: string;
  version?: string;
}

const SYNTAX = 'azure-kv://<vault-name>/<secret>[/<version>]';

const settingsSchema = () =>
  z
    .object({
      'tenant-id': z.string().min(1).optional().describe('The Microsoft Entra tenant (directory) ID; default: `$AZURE_TENANT_ID`.'),
      'client-id': z
        .string()
        .min(1)
        .optional()
        .describe(
          "The app registration's or managed identity's client ID; default: `$AZURE_CLIENT_ID`. With a tenant and the CI's identity token, runlens signs in with workload identity federation.",
        ),
      'id-token-env': z
        .string()
        .min(1)
        .default('AZURE_ID_TOKEN')
        .describe(
          "The environment variable holding the identity token (GitLab: `id_tokens:`); on GitHub, when unset, the job's token is requested.",
        ),
      audience: z
        .string()
        .min(1)
        .default('api://AzureADTokenExchange')
        .describe("The `aud` of the requested identity token (the federated credential's audience)."),
      'authority-host': z
        .url({ protocol: /^https$/ })
        .optional()
        .describe(
          'The Entra sign-in host (a sovereign cloud: `https://login.microsoftonline.us`); default: `$AZURE_AUTHORITY_HOST` or the public cloud.',
        ),
      'vault-url': z
        .url({ protocol: /^https$/ })
        .optional()
        .describe(
          "The vault's URL, `{vault}` standing for the name in the reference; default `https://{vault}.vault.azure.net` (sovereign clouds: `https://{vault}.vault.usgovcloudapi.net`). The challenge's resource is not checked against a URL set here.",
        ),
      'ca-cert': z
        .string()
        .min(1)
        .optional()
        .describe(
          "A PEM file (or the PEM itself) of a CA to trust besides the usual ones, e.g. a TLS-inspecting proxy's; a relative path is in the workspace.",
        ),
    })
    .strict()
    .prefault({})
    .describe('Azure Key Vault: the identity runlens signs in as, and where the vaults are.');

export type AzureSettings = z.output<ReturnType<typeof settingsSchema>>;

// Key Vault's own rules: vault names 3–24 letters, digits and single hyphens, starting with a letter and
// not ending with a hyphen; secret names 1–127 letters, digits and hyphens; versions 32 hex digits.
const VAULT = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){1,22}[A-Za-z0-9]$/;
const SECRET = /^[A-Za-z0-9-]{1,127}$/;
const VERSION = /^[0-9a-fA-F]{32}$/;

export function parseAzureRef(body: string): AzureRef {
  const parts = body.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === ''))
    throw new SecretRefError(`"${body}" is not <vault-name>/<secret>[/<version>]`);
  const [vault, secret, version] = parts as [string, string, string | undefined];
  if (!VAULT.test(vault))
    throw new SecretRefError(`"${vault}" is not a vault name: 3 to 24 letters, digits and single hyphens, starting with a letter`);
  if (!SECRET.test(secret)) throw new SecretRefError(`"${secret}" is not a secret name: 1 to 127 letters, digits and hyphens`);
  if (version !== undefined && !VERSION.test(version))
    throw new SecretRefError(`"${version}" is not a secret version (32 hexadecimal digits)`);
  return { vault, secret, ...(version ? { version } : {}) };
}

export const azureStore: SecretStore<AzureRef, AzureSettings> = {
  scheme: 'azure-kv',
  title: 'Azure Key Vault',
  syntax: SYNTAX,
  example: 'azure-kv://kv-ci/registry-token',
  settings: settingsSchema,
  parse: parseAzureRef,
  client: async () => (await import('./client.js')).azureClient,
};
