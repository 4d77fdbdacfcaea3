// Cloud, infrastructure, observability
import type { SecretRule } from '../rule.js';
import { ASSIGN_LOOSE, prefixed, R } from './shape.js';

export const CLOUD_RULES: readonly SecretRule[] = [
  prefixed('digitalocean-token', 'DigitalOcean access or refresh token', 'digitalocean', 'critical', 'do[opr]_v1_[a-f0-9]{64}', [
    'dop_v1_',
    'doo_v1_',
    'dor_v1_',
  ]),
  prefixed('hashicorp-vault-token', 'HashiCorp Vault token', 'vault', 'critical', String.raw`hv[sb]\.[A-Za-z0-9_-]{90,}`, ['hvs.', 'hvb.']),
  prefixed(
    'terraform-cloud-token',
    'Terraform Cloud / HCP Terraform API token',
    'terraform',
    'critical',
    String.raw`[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}`,
    ['.atlasv1.'],
    { window: 'line' },
  ),
  prefixed('databricks-token', 'Databricks personal access token', 'databricks', 'high', 'dapi[a-f0-9]{32}(?:-[0-9])?', ['dapi']),
  prefixed(
    'doppler-token',
    'Doppler service or personal token',
    'doppler',
    'high',
    String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}`,
    ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  ),
  prefixed('pulumi-access-token', 'Pulumi access token', 'pulumi', 'high', 'pul-[a-f0-9]{40}', ['pul-']),
  prefixed('planetscale-token', 'PlanetScale token or password', 'planetscale', 'high', 'pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}', [
    'pscale_',
  ]),
  prefixed('supabase-access-token', 'Supabase personal access token', 'supabase', 'high', 'sbp_[a-f0-9]{40}', ['sbp_']),
  prefixed('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', 'cloudflare', 'high', 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}', ['v1.0-']),
  prefixed('heroku-api-key', 'Heroku API key', 'heroku', 'high', 'HRKU-[A-Za-z0-9_-]{58,64}', ['HRKU-']),
  {
    id: 'heroku-api-key-legacy',
    title: 'Heroku API key (UUID format)',
    description: 'A UUID-shaped Heroku API key next to a Heroku key name.',
    provider: 'heroku',
    severity: 'high',
    regex: String.raw`(?i:heroku)[A-Za-z0-9_.-]{0,20}?(?i:key|token|secret|auth)[A-Za-z0-9_.-]{0,10}${ASSIGN_LOOSE}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`,
    window: 'keyword',
    keywords: ['heroku'],
  },
  prefixed('new-relic-user-key', 'New Relic user API key', 'newrelic', 'high', 'NRAK-[A-Za-z0-9]{27}', ['NRAK-']),
  prefixed('grafana-cloud-token', 'Grafana Cloud API token', 'grafana', 'high', 'glc_[A-Za-z0-9+/]{32,400}={0,2}', ['glc_']),
  prefixed('grafana-service-account-token', 'Grafana service account token', 'grafana', 'high', 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}', [
    'glsa_',
  ]),
  prefixed('sentry-auth-token', 'Sentry auth token', 'sentry', 'high', '(?:sntrys_eyJ[A-Za-z0-9+/=_]{60,}|sntryu_[a-f0-9]{64})', [
    'sntrys_',
    'sntryu_',
  ]),
  prefixed('dynatrace-api-token', 'Dynatrace API token', 'dynatrace', 'high', String.raw`dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}`, ['dt0c01.']),
  prefixed('square-access-token', 'Square access token', 'square', 'high', '(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})', [
    'EAAA',
    'sq0atp-',
  ]),
  prefixed('square-oauth-secret', 'Square OAuth application secret', 'square', 'high', 'sq0csp-[A-Za-z0-9_-]{43}', ['sq0csp-']),
  prefixed(
    'mapbox-secret-token',
    'Mapbox secret access token',
    'mapbox',
    'high',
    String.raw`sk\.eyJ[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{20,}`,
    ['sk.eyJ'],
  ),
  prefixed(
    'tailscale-key',
    'Tailscale auth or API key',
    'tailscale',
    'high',
    'tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{7,}-[A-Za-z0-9]{20,}',
    ['tskey-'],
  ),
  prefixed(
    'onepassword-service-account-token',
    '1Password service account token',
    'onepassword',
    'critical',
    'ops_eyJ[A-Za-z0-9+/]{250,}={0,3}',
    ['ops_eyJ'],
  ),
  prefixed('adafruit-io-key', 'Adafruit IO key', 'adafruit', 'medium', 'aio_[A-Za-z0-9]{28}', ['aio_']),
  prefixed('netlify-access-token', 'Netlify personal access token', 'netlify', 'high', 'nfp_[A-Za-z0-9]{36,40}', ['nfp_']),
  {
    id: 'kubernetes-secret-yaml',
    title: 'Value of a Kubernetes Secret manifest',
    description:
      'A value under `data:` (base64, decoded and judged) or `stringData:` of a `kind: Secret` YAML document. Empty, short, templated and SOPS-encrypted values are not reported.',
    provider: 'kubernetes',
    severity: 'high',
    // A `key: value` entry, plain, quoted, or folded onto the next line (`key: >`, `key: |`); kubernetes.ts checks
    // that it sits under `data:`/`stringData:` of a `kind: Secret` document, in either order of the keys.
    regex: String.raw`^([ \t]+)["']?[\w.-]+["']?[ \t]*:[ \t]*(?:[>|][-+]?[ \t]*\r?\n[ \t]+)?(["']?)([^\s"'#|>][^\n"']*?)\2[ \t]*(?:#[^\n]*)?\r?$`,
    flags: 'm',
    secretGroup: 3,
    keywords: ['secret'],
    window: 'file',
    path: String.raw`\.[Yy][Aa]?[Mm][Ll]$`,
    check: 'kubernetes-secret',
    // What a decoded value holds (a GitHub token in an env file) says more than "a Secret's value".
    generic: true,
  },
];
