// Remediation per credential provider: where to revoke and re-issue. Data; rendered into each finding's help.

interface Provider {
  name: string;
  /** Markdown: how to revoke and rotate. */
  rotate: string;
  url?: string;
}

export const PROVIDERS: Record<string, Provider> = {
  aws: {
    name: 'AWS',
    rotate:
      'Deactivate and delete the access key in IAM (Users → Security credentials), create a new one, and check CloudTrail for its use.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
  },
  github: {
    name: 'GitHub',
    rotate:
      'Revoke the token (Settings → Developer settings → Personal access tokens, or the app/OAuth app page) and issue a new one with the least scope needed.',
    url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation',
  },
  gitlab: {
    name: 'GitLab',
    rotate:
      'Revoke or rotate the token where it was created (user, project or group Access tokens; runner, deploy or trigger token pages).',
    url: 'https://docs.gitlab.com/security/tokens/',
  },
  slack: {
    name: 'Slack',
    rotate:
      'Regenerate the token or webhook in the app settings (api.slack.com/apps → OAuth & Permissions / Incoming Webhooks) and revoke the old one.',
    url: 'https://api.slack.com/authentication/rotation',
  },
  stripe: {
    name: 'Stripe',
    rotate: 'Roll the key in the Dashboard (Developers → API keys → Roll key) and review recent API requests.',
    url: 'https://docs.stripe.com/keys#rolling-keys',
  },
  google: {
    name: 'Google Cloud',
    rotate:
      'Delete or regenerate the key in Google Cloud console (APIs & Services → Credentials), and add API restrictions to the new one.',
    url: 'https://cloud.google.com/docs/authentication/api-keys#securing',
  },
  'gcp-service-account': {
    name: 'Google Cloud',
    rotate:
      'Delete the service account key (IAM → Service accounts → Keys), create a new one only if Workload Identity Federation cannot replace it.',
    url: 'https://cloud.google.com/iam/docs/keys-create-delete',
  },
  'azure-storage': {
    name: 'Azure',
    rotate:
      'Rotate the account or shared access key (Access keys → Rotate key) and update every connection string; revoke SAS tokens by rotating the key that signed them.',
    url: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  },
  'azure-ad': {
    name: 'Microsoft Entra ID',
    rotate:
      'Delete the client secret in the app registration (Certificates & secrets) and add a new one, or move to a certificate or managed identity.',
  },
  'azure-devops': {
    name: 'Azure DevOps',
    rotate: 'Revoke the personal access token (User settings → Personal access tokens) and create a new one.',
  },
  npm: {
    name: 'npm',
    rotate:
      'Revoke the token (`npm token revoke <id>` or npmjs.com → Access Tokens), then read it from the environment (`${NPM_TOKEN}`) in .npmrc.',
    url: 'https://docs.npmjs.com/revoking-access-tokens',
  },
  pypi: { name: 'PyPI', rotate: 'Remove the API token (pypi.org → Account settings → API tokens); prefer Trusted Publishing for CI.' },
  rubygems: { name: 'RubyGems', rotate: 'Delete the API key at rubygems.org → Settings → API keys.' },
  nuget: { name: 'NuGet', rotate: 'Delete or regenerate the API key at nuget.org → API Keys.' },
  clojars: { name: 'Clojars', rotate: 'Disable the deploy token at clojars.org → Deploy tokens.' },
  docker: {
    name: 'Docker',
    rotate:
      'Delete the access token (Docker Hub → Account settings → Personal access tokens) or change the registry password, and `docker logout`.',
  },
  sendgrid: { name: 'SendGrid', rotate: 'Delete the API key (Settings → API Keys) and create a new one with restricted scopes.' },
  twilio: { name: 'Twilio', rotate: 'Delete the API key or promote a secondary auth token (Console → Account → API keys & tokens).' },
  mailgun: { name: 'Mailgun', rotate: 'Regenerate or delete the API key (Settings → API Keys).' },
  mailchimp: { name: 'Mailchimp', rotate: 'Disable the API key (Profile → Extras → API keys) and create a new one.' },
  postman: { name: 'Postman', rotate: 'Revoke the API key (Settings → API keys).' },
  linear: { name: 'Linear', rotate: 'Revoke the key (Settings → API → Personal API keys).' },
  notion: { name: 'Notion', rotate: 'Refresh the integration secret (My integrations → Secrets → Refresh).' },
  airtable: { name: 'Airtable', rotate: 'Delete or regenerate the personal access token (Builder hub → Personal access tokens).' },
  figma: { name: 'Figma', rotate: 'Revoke the personal access token (Settings → Security).' },
  atlassian: {
    name: 'Atlassian',
    rotate:
      'Revoke the API token or app password (id.atlassian.com → Security → API tokens; Bitbucket → Personal settings → App passwords).',
  },
  shopify: {
    name: 'Shopify',
    rotate: 'Uninstall/reinstall the app or rotate the token and shared secret in the Partner Dashboard or app settings.',
  },
  discord: { name: 'Discord', rotate: 'Reset the bot token (Developer Portal → Bot → Reset Token) or delete and recreate the webhook.' },
  telegram: { name: 'Telegram', rotate: 'Revoke the token with @BotFather (`/revoke`).' },
  openai: { name: 'OpenAI', rotate: 'Delete the key (platform.openai.com → API keys) and create a new project-scoped one.' },
  anthropic: { name: 'Anthropic', rotate: 'Delete the key in the Anthropic Console (Settings → API keys) and create a new one.' },
  huggingface: { name: 'Hugging Face', rotate: 'Invalidate or delete the token (Settings → Access Tokens) and create a fine-grained one.' },
  groq: { name: 'Groq', rotate: 'Delete the key in the Groq console (API Keys).' },
  replicate: { name: 'Replicate', rotate: 'Revoke the token (Account → API tokens).' },
  langsmith: { name: 'LangSmith', rotate: 'Delete the key (Settings → API Keys).' },
  digitalocean: { name: 'DigitalOcean', rotate: 'Revoke the token (API → Tokens).' },
  vault: { name: 'HashiCorp Vault', rotate: 'Revoke the token (`vault token revoke`) and review its accessor in the audit log.' },
  terraform: { name: 'HCP Terraform', rotate: 'Delete the API token (User settings → Tokens, or the team/organization token page).' },
  databricks: { name: 'Databricks', rotate: 'Revoke the token (User Settings → Developer → Access tokens).' },
  doppler: { name: 'Doppler', rotate: 'Revoke the token in the Doppler dashboard (Access → Service tokens / Personal tokens).' },
  pulumi: { name: 'Pulumi', rotate: 'Delete the access token (Pulumi Cloud → Personal access tokens).' },
  planetscale: { name: 'PlanetScale', rotate: 'Delete the service token or database password in the PlanetScale dashboard.' },
  supabase: { name: 'Supabase', rotate: 'Revoke the access token (Account → Access Tokens).' },
  cloudflare: { name: 'Cloudflare', rotate: 'Roll the Origin CA key (My Profile → API Tokens → Origin CA Key → Change).' },
  heroku: { name: 'Heroku', rotate: 'Regenerate the API key (`heroku authorizations:rotate` or Account settings → API Key → Regenerate).' },
  newrelic: { name: 'New Relic', rotate: 'Delete the user key (API keys) and create a new one.' },
  grafana: { name: 'Grafana', rotate: 'Delete the token (Cloud Portal → Access Policies, or Administration → Service accounts).' },
  sentry: { name: 'Sentry', rotate: 'Revoke the auth token (Settings → Auth Tokens / Organization Tokens).' },
  dynatrace: { name: 'Dynatrace', rotate: 'Revoke the token (Access tokens).' },
  square: { name: 'Square', rotate: 'Revoke the token or replace the application secret in the Square Developer Dashboard.' },
  mapbox: { name: 'Mapbox', rotate: 'Delete the secret token (Account → Tokens).' },
  tailscale: { name: 'Tailscale', rotate: 'Revoke the key (Admin console → Settings → Keys).' },
  onepassword: { name: '1Password', rotate: 'Revoke the service account token (Developer Tools → Service Accounts).' },
  adafruit: { name: 'Adafruit IO', rotate: 'Regenerate the key (My Key → Regenerate Key).' },
  netlify: { name: 'Netlify', rotate: 'Delete the personal access token (User settings → Applications).' },
  jfrog: {
    name: 'JFrog',
    rotate:
      'Revoke the API key or token (JFrog Platform → User Profile / Administration → Identity and Access → Access Tokens) and create a scoped access token.',
  },
  harness: {
    name: 'Harness',
    rotate: "Delete the token (My Profile → My API Keys, or the service account's API keys) and create a new one.",
  },
  snyk: { name: 'Snyk', rotate: 'Revoke and regenerate the token (Account settings → Auth Token, or the service account page).' },
  sourcegraph: { name: 'Sourcegraph', rotate: 'Delete the access token (User settings → Access tokens).' },
  sonar: { name: 'SonarQube / SonarCloud', rotate: 'Revoke the token (My Account → Security) and generate a new one.' },
  codecov: { name: 'Codecov', rotate: 'Regenerate the upload or access token in the repository or organization settings.' },
  drone: { name: 'Drone CI', rotate: 'Reset the user token (User settings → Token → Reset).' },
  travis: { name: 'Travis CI', rotate: 'Regenerate the API token (Account settings → Settings → API authentication).' },
  octopus: { name: 'Octopus Deploy', rotate: 'Revoke the API key (Profile → My API Keys) and create a new one.' },
  launchdarkly: { name: 'LaunchDarkly', rotate: 'Reset the SDK key or delete the access token (Account settings → Authorization).' },
  infracost: { name: 'Infracost', rotate: 'Rotate the API key in Infracost Cloud (Org settings → API key).' },
  prefect: { name: 'Prefect', rotate: 'Delete the API key (Profile → API keys) or the service account key.' },
  readme: { name: 'ReadMe', rotate: 'Revoke the API key in the project dashboard (API Keys).' },
  scalingo: { name: 'Scalingo', rotate: 'Delete the API token (User settings → API tokens).' },
  settlemint: { name: 'SettleMint', rotate: 'Revoke the access token in the SettleMint console.' },
  'defined-networking': { name: 'Defined Networking', rotate: 'Delete the API key in the Defined Networking admin panel.' },
  kubernetes: {
    name: 'Kubernetes',
    rotate:
      'Change the credential the Secret holds at its source, then keep the manifest out of the repository (Sealed Secrets, SOPS, External Secrets) and `kubectl apply` the new value.',
    url: 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
  },
  openshift: { name: 'OpenShift', rotate: 'Delete the OAuth access token (`oc delete oauthaccesstoken`) and log in again.' },
  okta: { name: 'Okta', rotate: 'Revoke the API token (Security → API → Tokens).' },
  flyio: { name: 'Fly.io', rotate: 'Revoke the token (`fly tokens revoke`, or Dashboard → Tokens).' },
  gitter: { name: 'Gitter', rotate: 'Revoke the token at developer.gitter.im.' },
  mattermost: { name: 'Mattermost', rotate: 'Revoke the personal access token (Profile → Security → Personal Access Tokens).' },
  confluent: { name: 'Confluent Cloud', rotate: 'Delete the API key (Cloud console → API keys) and create a new one.' },
  clickhouse: { name: 'ClickHouse Cloud', rotate: 'Delete the API key (Organization → API Keys) and create a new one.' },
  authress: { name: 'Authress', rotate: 'Revoke the service client access key in the Authress management portal.' },
  privateai: { name: 'Private AI', rotate: 'Rotate the API key in the Private AI portal.' },
  sidekiq: { name: 'Sidekiq Enterprise/Pro', rotate: 'Ask Contributed Systems for new credentials and update the gem source.' },
  intra42: { name: '42 Intra', rotate: 'Regenerate the application secret (intra.42.fr → API → your application).' },
  plaid: {
    name: 'Plaid',
    rotate: 'Rotate the secret (Dashboard → Team settings → Keys) and invalidate access tokens (/item/access_token/invalidate).',
  },
  finicity: { name: 'Finicity (Mastercard Open Banking)', rotate: 'Rotate the partner secret in the developer dashboard.' },
  flutterwave: { name: 'Flutterwave', rotate: 'Regenerate the API keys (Settings → API keys).' },
  gocardless: { name: 'GoCardless', rotate: 'Revoke the access token (Developers → Access tokens) and create a new one.' },
  coinbase: { name: 'Coinbase', rotate: 'Delete the API key (Settings → API) and create a new one with the least permissions.' },
  kraken: { name: 'Kraken', rotate: 'Delete the API key (Settings → API) and create a new one.' },
  kucoin: { name: 'KuCoin', rotate: 'Delete the API key (API Management) and create a new one.' },
  bittrex: { name: 'Bittrex', rotate: 'Delete the API key (Settings → API keys).' },
  easypost: { name: 'EasyPost', rotate: 'Disable the API key (Account → API keys) and create a new one.' },
  shippo: { name: 'Shippo', rotate: 'Regenerate the API token (Settings → API).' },
  lob: { name: 'Lob', rotate: 'Rotate the API key (Settings → API keys).' },
  duffel: { name: 'Duffel', rotate: 'Revoke the access token (Developers → Access tokens).' },
  finnhub: { name: 'Finnhub', rotate: 'Regenerate the API key in the Finnhub dashboard.' },
  freemius: { name: 'Freemius', rotate: 'Regenerate the secret key in the Freemius developer dashboard.' },
  twitter: { name: 'X (Twitter)', rotate: 'Regenerate the keys and tokens (Developer Portal → Projects & Apps → Keys and tokens).' },
  facebook: {
    name: 'Meta (Facebook)',
    rotate: 'Reset the app secret (App Dashboard → Settings → Basic) and invalidate the access tokens.',
  },
  linkedin: { name: 'LinkedIn', rotate: 'Generate a new client secret (Developer portal → Auth) and delete the old one.' },
  twitch: { name: 'Twitch', rotate: 'Generate a new client secret or revoke the token (Twitch developer console).' },
  flickr: { name: 'Flickr', rotate: 'Delete the API key (App Garden → your apps).' },
  nytimes: { name: 'The New York Times', rotate: 'Delete the API key (developer.nytimes.com → Apps).' },
  etsy: { name: 'Etsy', rotate: 'Regenerate the API keystring (Your apps → Manage).' },
  yandex: {
    name: 'Yandex Cloud',
    rotate: 'Delete the API key or static access key (service account → Keys); IAM tokens expire within 12 hours.',
  },
  dropbox: { name: 'Dropbox', rotate: 'Revoke the token (App Console → your app) or disconnect the app.' },
  typeform: { name: 'Typeform', rotate: 'Delete the personal access token (Account → Personal tokens).' },
  frameio: { name: 'Frame.io', rotate: 'Revoke the developer token (developer.frame.io → Tokens).' },
  contentful: { name: 'Contentful', rotate: 'Revoke the API key or personal access token (Settings → API keys / CMA tokens).' },
  squarespace: { name: 'Squarespace', rotate: 'Revoke the API key (Settings → Developer API keys).' },
  rapidapi: { name: 'RapidAPI', rotate: 'Rotate the application key (Developer dashboard → Apps → Security).' },
  beamer: { name: 'Beamer', rotate: 'Delete the API key (Settings → API).' },
  intercom: { name: 'Intercom', rotate: 'Rotate the access token (Developer Hub → your app → Authentication).' },
  hubspot: { name: 'HubSpot', rotate: 'Rotate the private app token (Settings → Integrations → Private apps) or deactivate the API key.' },
  zendesk: { name: 'Zendesk', rotate: 'Delete the API token (Admin Center → Apps and integrations → Zendesk API).' },
  freshbooks: { name: 'FreshBooks', rotate: 'Revoke the token or reset the client secret (Developer page → your app).' },
  messagebird: { name: 'MessageBird (Bird)', rotate: 'Delete the access key (Developers → API access) and create a new one.' },
  sendbird: { name: 'Sendbird', rotate: 'Revoke the API token (Dashboard → Settings → General → API tokens).' },
  sendinblue: { name: 'Brevo (Sendinblue)', rotate: 'Delete the API key (SMTP & API → API keys) and create a new one.' },
  asana: { name: 'Asana', rotate: 'Reset the client secret or revoke the personal access token (Developer console).' },
  adobe: { name: 'Adobe', rotate: 'Rotate the client secret (Developer Console → project → credentials).' },
  alibaba: { name: 'Alibaba Cloud', rotate: 'Disable and delete the AccessKey pair (RAM console → AccessKey) and create a new one.' },
  algolia: { name: 'Algolia', rotate: 'Regenerate the API key (Settings → API keys); never ship the admin key to clients.' },
  looker: { name: 'Looker', rotate: 'Reset the API client secret (Admin → Users → Edit keys).' },
  maxmind: { name: 'MaxMind', rotate: 'Deactivate the license key (Account → Manage license keys) and create a new one.' },
  fastly: { name: 'Fastly', rotate: 'Delete the API token (Account → Personal API tokens) and create a scoped one.' },
  perplexity: { name: 'Perplexity', rotate: 'Revoke the API key (Settings → API).' },
  cohere: { name: 'Cohere', rotate: 'Delete the API key in the Cohere dashboard (API keys).' },
  sumologic: { name: 'Sumo Logic', rotate: 'Deactivate and delete the access key (Preferences → Access keys).' },
  datadog: { name: 'Datadog', rotate: 'Revoke the API or application key (Organization settings → API keys / Application keys).' },
  'microsoft-teams': { name: 'Microsoft Teams', rotate: 'Remove the incoming webhook from the channel and create a new one.' },
  meraki: { name: 'Cisco Meraki', rotate: 'Revoke the API key (My profile → API access) and generate a new one.' },
  'private-key': {
    name: 'the key owner',
    rotate:
      'Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers, deploy keys, certificates — revoke and re-issue those), and remove the old one.',
  },
  jwt: {
    name: 'the token issuer',
    rotate: 'If the token is still valid, revoke it or rotate the signing key of its issuer; never commit session or service tokens.',
  },
  url: {
    name: 'the service',
    rotate: 'Change the password of that account on the database or service, then read the URL from the environment or a secret store.',
  },
  generic: {
    name: 'the service',
    rotate:
      'Change the value where it is issued (the service, database or account it belongs to), then read it from the environment or a secret store.',
  },
  custom: { name: 'the service', rotate: 'Rotate the credential where it is issued, then read it from the environment or a secret store.' },
};

/** The help text of a finding: rotate first (the secret is exposed already), then purge history, then prevent. */
export function remediation(provider: string): { help: string; helpUri?: string } {
  const p = PROVIDERS[provider] ?? PROVIDERS.custom!;
  const help = [
    `**1. Rotate it now.** ${p.rotate} Deleting the line is not enough: the value is already in the repository's history and every clone and CI log that saw it.`,
    '',
    '**2. Remove it from history** once rotated: `git filter-repo --replace-text <file>` (or BFG), force-push, and ask GitHub or GitLab support to purge cached views and pull/merge request refs.',
    '',
    '**3. Keep it out:** read the value from the environment or a secret store (Actions secrets, GitLab CI/CD variables).',
    '',
    'A false positive? Add `runlens:allow` in a comment on that line, an allowlist entry in the step options, or accept it into the baseline.',
  ].join('\n');
  return { help, ...(p.url ? { helpUri: p.url } : {}) };
}
