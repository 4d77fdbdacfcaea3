export const id = 8651;
export const ids = [8651];
export const modules = {

/***/ 58651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILTIN_RULES: () => (/* binding */ BUILTIN_RULES),
  RULE_FAMILIES: () => (/* binding */ RULE_FAMILIES)
});

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/shape.js
// Token edges: a token does not start or end in the middle of a longer word.
const L = '(?<![A-Za-z0-9_])';
const R = '(?![A-Za-z0-9_])';
const RD = '(?![A-Za-z0-9_-])';
// `key = "`, `key: '`, `"key": "`, `key => '`, `key := "` …
// A type annotation may sit between key and `=` (TypeScript, Kotlin, Swift: `KEY: string = "…"`).
const TYPED = String.raw `(?:\s*:\s*[A-Za-z][\w<>[\]|?]*(?=\s*=))?`;
const ASSIGN = String.raw `["'\]]{0,2}${TYPED}\s*(?::=|=>|=|:)\s*["'\x60]?`;
// Context rules also accept prose and CLI forms: "set `HEROKU_API_KEY` to `…`", `--twilio-token …`.
const ASSIGN_LOOSE = String.raw `(?:${ASSIGN}|["'\]\x60]{0,2}\s+(?:to|is|=)?\s*["'\x60]?)`;
// Armoured key blocks: base64, headers (`Proc-Type: 4,ENCRYPTED`), whitespace and escaped `\n` in JSON/code.
const KEY_BODY = String.raw `[A-Za-z0-9+/=\s:,.\\"'-]{64,}?`;
function pemKey(id, title, label, severity = 'critical') {
    return {
        id,
        title,
        description: `A ${title.toLowerCase()} in PEM form.`,
        provider: 'private-key',
        severity,
        regex: `(-----BEGIN ${label}-----${KEY_BODY}-----END ${label}-----)`,
        keywords: [`-----begin ${label.toLowerCase()}-----`],
        window: 'keyword',
        noPlaceholderCheck: true,
        allow: { regexes: [String.raw `\.\.\.|xxxx|<[a-z ]+>|\[[a-z ]+\]`], regexTarget: 'secret' },
    };
}
function prefixed(id, title, provider, severity, body, keywords, extra = {}) {
    return { id, title, description: `${title}.`, provider, severity, regex: `${L}(${body})${RD}`, keywords, window: 'keyword', ...extra };
}
/** The secret-like word a provider-named key must also contain: `FASTLY_API_TOKEN`, `twitchSecret`, `sumo_access_key`. */
const SECRETISH = '(?:secret|token|key|pass(?:word|wd)?|pwd|auth|credential|cred)';
// Every way code and config assign a value to a key: `key = "`, `key := "`, `$key .= "`, `KEY ?= "`, `KEY ::= "`,
// `"key" => "`, `var key string = "`, `setProperty("KEY", "`, `<key>\n  value` (XML), `key: value` …
// `<add key="…" value="…"`, and prose: "set `KEY` to `…`".
const NAMED_ASSIGN = String.raw `["'\]>\x60]{0,2}(?:${TYPED}|\s+[A-Za-z][\w<>[\]]*(?=\s*=))?\s{0,4}(?:[:.?+]{0,3}=>?|:|,|>|value\s*=|(?:to|is)\s)\s{0,8}["'\x60]?`;
/**
 * A credential without a prefix of its own (a 32-character hex key, a UUID): found only when assigned to a
 * key that names the provider (one of `names`, matched case-insensitively, where the keyword prefilter anchors)
 * and, after it, a secret-like word (`part`, default SECRETISH; '' for keys that are secrets by name).
 */
function named(id, title, provider, severity, names, value, extra = {}) {
    const { part = SECRETISH, ...rest } = extra;
    const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return {
        id,
        title,
        description: `${title}, assigned to a key that names the provider.`,
        provider,
        severity,
        regex: String.raw `(?i:${name})(?i:[A-Za-z0-9_.-]{0,30}?${part}[A-Za-z0-9_.-]{0,20}?)${NAMED_ASSIGN}(${value})${RD}`,
        keywords: names.map((n) => n.toLowerCase()),
        window: 'keyword',
        entropy: 3,
        ...rest,
    };
}
/**
 * Keys that mention a secret but name something else: `password_hash`, `token_url`, `secret_name`, and
 * pagination or request tokens (`NextToken`, `pageToken`, `idempotency_token`) that grant nothing.
 */
const KEY_NOT_A_SECRET = String.raw `(?:(?:next|prev|previous|page|continuation|pagination|output|input|idempotency|request|sync|cancel(?:lation)?|resume|start|end|marker|term)[_.-]?token["'\]]*$|(?:^|[_.-])(?:csrf|xsrf)|(?:name|last[_.-]?used|date|time|at|created|updated|type|url|uri|endpoint|path|file|filename|length|len|field|label|policy|prompt|placeholder|pattern|regex|format|min|max|count|expires?|expiry|expiration|ttl|header|prefix|suffix|mode|provider|method|kind|hint|help|message|msg|error|description|desc|text|title|version|env|var|ref|id|hash|digest|salt|limit|size|lifetime|timeout|enabled|required|policy|rules|strength|reset|changed|confirm|confirmation|validation|validator|storage|store|manager|service|class|handler|request|response|param|params|selector|input|display|visible|view|icon|button|link|mask|masked|char|chars|encoding|algorithm|algo|location|dir|source|index|idx|pos|position|start|end|list|map|types|kinds|names|keys|fields|options|config|settings|spec|schema|status|state|regexp|regex_|test|tests|example|sample|placeholder|default|defaults|template)["'\]]*$)`;
const GENERIC_KEYWORDS = [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'api_key',
    'api-key',
    'api.key',
    'accesskey',
    'access_key',
    'access-key',
    'authkey',
    'auth_key',
    'privatekey',
    'private_key',
    'encryption',
    'signing',
    'hmac',
    'masterkey',
    'master_key',
    'master-key',
    'jwtkey',
    'jwt_key',
    'credential',
    'pwd',
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/aws.js

const AWS_RULES = [
    // Amazon Bedrock API keys: long-term `ABSK` + base64, short-term `bedrock-api-key-` + base64 of a presigned URL.
    prefixed('aws-bedrock-api-key', 'Amazon Bedrock API key', 'aws', 'high', String.raw `(?:ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{64,2000})`, ['ABSK', 'bedrock-api-key-']),
    prefixed('aws-access-key-id', 'AWS access key ID', 'aws', 'high', '(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}', [
        'AKIA',
        'ASIA',
        'ABIA',
        'ACCA',
    ]),
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key',
        description: 'An AWS secret access key assigned to a key named like one.',
        provider: 'aws',
        severity: 'critical',
        regex: String.raw `(?:aws_?secret_?(?:access_?)?key|secret_?access_?key|secret-access-key)${ASSIGN_LOOSE}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        window: 'keyword',
        keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret'],
        entropy: 3.5,
    },
    {
        id: 'aws-session-token',
        title: 'AWS session token',
        description: 'Temporary AWS credentials (STS session token).',
        provider: 'aws',
        severity: 'high',
        regex: String.raw `session_?token${ASSIGN}([A-Za-z0-9/+=]{100,})`,
        flags: 'i',
        window: 'keyword',
        keywords: ['session_token', 'sessiontoken'],
        entropy: 4,
    },
    prefixed('aws-mws-auth-token', 'Amazon MWS auth token', 'aws', 'high', String.raw `amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, ['amzn.mws.']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/github.js

// The classic formats end in a CRC32 of their random part (checksum.ts); `github_pat_` documents none.
const CHECKSUM = { checksum: 'github' };
const GITHUB_RULES = [
    prefixed('github-pat', 'GitHub personal access token (classic)', 'github', 'critical', 'ghp_[A-Za-z0-9]{36}', ['ghp_'], CHECKSUM),
    prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'github', 'critical', 'github_pat_[A-Za-z0-9_]{82}', [
        'github_pat_',
    ]),
    prefixed('github-oauth-token', 'GitHub OAuth access token', 'github', 'high', 'gho_[A-Za-z0-9]{36}', ['gho_'], CHECKSUM),
    prefixed('github-app-token', 'GitHub App user-to-server or installation token', 'github', 'high', 'gh[us]_[A-Za-z0-9]{36}', ['ghu_', 'ghs_'], CHECKSUM),
    prefixed('github-refresh-token', 'GitHub App refresh token', 'github', 'high', 'ghr_[A-Za-z0-9]{36,76}', ['ghr_'], CHECKSUM),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/gitlab.js

const GITLAB_RULES = [
    prefixed('gitlab-pat', 'GitLab personal, project or group access token', 'gitlab', 'critical', String.raw `glpat-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`, ['glpat-']),
    prefixed('gitlab-runner-auth-token', 'GitLab runner authentication token', 'gitlab', 'high', String.raw `glrtr?-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`, ['glrt-', 'glrtr-']),
    prefixed('gitlab-runner-registration-token', 'GitLab runner registration token', 'gitlab', 'high', 'GR1348941[A-Za-z0-9_-]{20}', [
        'GR1348941',
    ]),
    prefixed('gitlab-deploy-token', 'GitLab deploy token', 'gitlab', 'high', 'gldt-[A-Za-z0-9_-]{20,300}', ['gldt-']),
    prefixed('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'gitlab', 'high', 'glptt-[A-Za-z0-9_-]{20,300}', ['glptt-']),
    prefixed('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'gitlab', 'medium', 'glcbt-[A-Za-z0-9_-]{20,300}', ['glcbt-']),
    prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gitlab', 'high', 'gloas-[A-Za-z0-9_-]{64}', ['gloas-']),
    prefixed('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'gitlab', 'high', 'glagent-[A-Za-z0-9_-]{50,300}', ['glagent-']),
    prefixed('gitlab-scim-token', 'GitLab SCIM OAuth token', 'gitlab', 'high', 'glsoat-[A-Za-z0-9_-]{20,300}', ['glsoat-']),
    prefixed('gitlab-feed-token', 'GitLab feed token', 'gitlab', 'medium', 'glft-[A-Za-z0-9_-]{20,300}', ['glft-']),
    prefixed('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'gitlab', 'medium', 'glimt-[A-Za-z0-9_-]{25,300}', ['glimt-']),
    prefixed('gitlab-feature-flags-token', 'GitLab feature flags client token', 'gitlab', 'low', 'glffct-[A-Za-z0-9_-]{20,300}', ['glffct-']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/slack.js

const SLACK_RULES = [
    prefixed('slack-bot-token', 'Slack bot token', 'slack', 'high', 'xoxb-(?:[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}|[0-9]{8,14}-[A-Za-z0-9]{18,26})', ['xoxb-']),
    prefixed('slack-user-token', 'Slack user token', 'slack', 'high', 'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}', ['xoxp-', 'xoxe-']),
    prefixed('slack-app-token', 'Slack app-level token', 'slack', 'high', 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[A-Za-z0-9]{32,80}', [
        'xapp-',
    ]),
    prefixed('slack-config-token', 'Slack configuration access or refresh token', 'slack', 'high', String.raw `xoxe(?:\.xox[bp]-[0-9]-[A-Za-z0-9]{163,166}|-[0-9]-[A-Za-z0-9]{146})`, ['xoxe']),
    prefixed('slack-legacy-token', 'Slack legacy token', 'slack', 'high', 'xox[osar]-(?:[0-9]{1,13}-){1,3}[0-9A-Za-z]{8,48}', [
        'xoxo-',
        'xoxs-',
        'xoxa-',
        'xoxr-',
    ]),
    {
        id: 'slack-webhook-url',
        title: 'Slack incoming webhook URL',
        description: 'Anyone holding the URL can post to the channel.',
        provider: 'slack',
        severity: 'medium',
        regex: String.raw `((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_]{8,12}/[A-Za-z0-9_]{8,13}/[A-Za-z0-9_/]{20,80})`,
        keywords: ['hooks.slack.com'],
    },
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/stripe.js

const STRIPE_RULES = [
    prefixed('stripe-live-secret-key', 'Stripe live secret key', 'stripe', 'critical', 'sk_(?:live|prod)_[A-Za-z0-9]{24,247}', [
        'sk_live_',
        'sk_prod_',
    ]),
    prefixed('stripe-restricted-key', 'Stripe live restricted key', 'stripe', 'high', 'rk_(?:live|prod)_[A-Za-z0-9]{24,247}', [
        'rk_live_',
        'rk_prod_',
    ]),
    prefixed('stripe-test-key', 'Stripe test-mode secret key', 'stripe', 'low', '[sr]k_test_[A-Za-z0-9]{24,247}', ['sk_test_', 'rk_test_']),
    prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'stripe', 'medium', 'whsec_[A-Za-z0-9+/]{32,88}', ['whsec_']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/google.js

const GOOGLE_RULES = [
    prefixed('google-api-key', 'Google API key', 'google', 'high', 'AIza[0-9A-Za-z_-]{35}', ['AIza']),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service account key',
        description: 'The private key of a service account key file (JSON).',
        provider: 'gcp-service-account',
        severity: 'critical',
        regex: String.raw `"private_key"\s*:\s*"(-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\\r\\n)${KEY_BODY}-----END (?:RSA )?PRIVATE KEY-----(?:\\n|\\r\\n)?)"`,
        keywords: ['"private_key"'],
        window: 'keyword',
        noPlaceholderCheck: true,
    },
    prefixed('google-oauth-client-secret', 'Google OAuth client secret', 'google', 'high', 'GOCSPX-[A-Za-z0-9_-]{28}', ['GOCSPX-']),
    prefixed('google-oauth-access-token', 'Google OAuth access token', 'google', 'medium', String.raw `ya29\.[0-9A-Za-z_-]{30,}`, ['ya29.']),
    prefixed('google-oauth-refresh-token', 'Google OAuth refresh token', 'google', 'high', '1//0[0-9A-Za-z_-]{40,}', ['1//0']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/azure.js

const AZURE_RULES = [
    {
        id: 'azure-storage-account-key',
        title: 'Azure storage or Cosmos DB account key',
        description: 'An account key, usually inside a connection string (`AccountKey=`).',
        provider: 'azure-storage',
        severity: 'critical',
        regex: String.raw `AccountKey\s*=\s*([A-Za-z0-9+/]{86}==)`,
        flags: 'i',
        window: 'keyword',
        keywords: ['accountkey'],
    },
    {
        id: 'azure-shared-access-key',
        title: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
        description: 'A shared access key in a connection string (`SharedAccessKey=`).',
        provider: 'azure-storage',
        severity: 'critical',
        regex: String.raw `SharedAccessKey\s*=\s*([A-Za-z0-9+/]{43}=)`,
        flags: 'i',
        window: 'keyword',
        keywords: ['sharedaccesskey'],
    },
    {
        id: 'azure-sas-token',
        title: 'Azure shared access signature',
        description: 'A SAS URL or token (`sv=…&sig=…`).',
        provider: 'azure-storage',
        severity: 'high',
        regex: String.raw `(?<=[?&;])sig=([A-Za-z0-9%+/]{43,90}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])`,
        window: 'keyword',
        keywords: ['sig='],
    },
    {
        id: 'azure-ad-client-secret',
        title: 'Microsoft Entra ID (Azure AD) client secret',
        description: 'An application client secret (`…Q~…`).',
        provider: 'azure-ad',
        severity: 'high',
        regex: String.raw `(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`,
        keywords: ['Q~'],
    },
    prefixed('azure-devops-pat', 'Azure DevOps personal access token', 'azure-devops', 'high', '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}', ['AZDO'], { window: 'line' }),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/registries.js

const REGISTRIES_RULES = [
    prefixed('npm-access-token', 'npm access token', 'npm', 'critical', 'npm_[A-Za-z0-9]{36}', ['npm_']),
    {
        id: 'npmrc-auth-token',
        title: 'npm registry auth token in .npmrc',
        description: 'A registry `_authToken` written out rather than read from the environment.',
        provider: 'npm',
        severity: 'critical',
        regex: String.raw `(?<=:)_authToken(?:\s*=\s*|\s+)["']?([^\s"'$]{16,})`,
        window: 'keyword',
        keywords: ['_authtoken'],
        entropy: 3,
    },
    prefixed('pypi-upload-token', 'PyPI upload token', 'pypi', 'critical', String.raw `pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}`, ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw']),
    prefixed('rubygems-api-key', 'RubyGems API key', 'rubygems', 'critical', 'rubygems_[a-f0-9]{48}', ['rubygems_']),
    prefixed('nuget-api-key', 'NuGet API key', 'nuget', 'critical', 'oy2[a-z0-9]{43}', ['oy2']),
    prefixed('clojars-token', 'Clojars deploy token', 'clojars', 'high', 'CLOJARS_[a-z0-9]{60}', ['CLOJARS_']),
    prefixed('dockerhub-token', 'Docker Hub personal or organization access token', 'docker', 'high', 'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}', [
        'dckr_pat_',
        'dckr_oat_',
    ]),
    {
        id: 'docker-config-auth',
        title: 'Registry credentials in a Docker config',
        description: 'An `auths` entry with base64 `user:password` (~/.docker/config.json).',
        provider: 'docker',
        severity: 'high',
        regex: String.raw `"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"`,
        window: 'keyword',
        keywords: ['"auth"'],
        check: 'basic-auth',
    },
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/saas.js

const SAAS_RULES = [
    prefixed('sendgrid-api-key', 'SendGrid API key', 'sendgrid', 'high', String.raw `SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`, ['SG.']),
    prefixed('twilio-api-key', 'Twilio API key', 'twilio', 'high', 'SK[0-9a-fA-F]{32}', ['SK']),
    {
        id: 'twilio-auth-token',
        title: 'Twilio auth token',
        description: 'The account auth token, next to a Twilio key name.',
        provider: 'twilio',
        severity: 'high',
        regex: String.raw `(?i:twilio)[A-Za-z0-9_.-]{0,20}?(?i:auth|token|secret)[A-Za-z0-9_.-]{0,20}${ASSIGN_LOOSE}([0-9a-f]{32})${R}`,
        window: 'keyword',
        keywords: ['twilio'],
    },
    prefixed('mailgun-api-key', 'Mailgun API key', 'mailgun', 'high', 'key-[0-9a-f]{32}', ['key-']),
    {
        id: 'mailgun-private-api-key',
        title: 'Mailgun private API key',
        description: 'A Mailgun key in the current `xxxxxxxx…-xxxxxxxx-xxxxxxxx` format, next to a Mailgun key name.',
        provider: 'mailgun',
        severity: 'high',
        regex: String.raw `(?i:mailgun)[A-Za-z0-9_.-]{0,30}${ASSIGN_LOOSE}([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})${R}`,
        window: 'keyword',
        keywords: ['mailgun'],
    },
    prefixed('mailchimp-api-key', 'Mailchimp API key', 'mailchimp', 'high', '[0-9a-f]{32}-us[0-9]{1,2}', ['-us'], { window: 'line' }),
    prefixed('postman-api-key', 'Postman API key', 'postman', 'high', 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}', ['PMAK-']),
    prefixed('linear-api-key', 'Linear API key', 'linear', 'high', 'lin_api_[A-Za-z0-9]{40}', ['lin_api_']),
    prefixed('notion-token', 'Notion integration token', 'notion', 'high', '(?:secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35})', [
        'secret_',
        'ntn_',
    ]),
    prefixed('airtable-pat', 'Airtable personal access token', 'airtable', 'high', String.raw `pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`, ['pat']),
    prefixed('figma-pat', 'Figma personal access token', 'figma', 'medium', 'figd_[A-Za-z0-9_-]{40}', ['figd_']),
    prefixed('atlassian-api-token', 'Atlassian API token', 'atlassian', 'high', 'ATATT3[A-Za-z0-9_=-]{180,200}', ['ATATT3']),
    {
        id: 'atlassian-api-token-legacy',
        title: 'Atlassian API token (legacy format)',
        description: 'A 24-character Jira/Confluence API token next to an Atlassian key name.',
        provider: 'atlassian',
        severity: 'high',
        regex: String.raw `(?i:atlassian|jira|confluence)[A-Za-z0-9_.-]{0,20}?(?i:token|key|secret|password|pass)[A-Za-z0-9_.-]{0,10}${ASSIGN_LOOSE}([A-Za-z0-9]{24})${R}`,
        window: 'keyword',
        keywords: ['atlassian', 'jira', 'confluence'],
        entropy: 3.5,
    },
    prefixed('bitbucket-app-password', 'Bitbucket app password', 'atlassian', 'high', 'ATBB[A-Za-z0-9_=.-]{32}', ['ATBB']),
    prefixed('shopify-access-token', 'Shopify Admin API access token', 'shopify', 'high', 'shpat_[a-fA-F0-9]{32}', ['shpat_']),
    prefixed('shopify-custom-app-token', 'Shopify custom app access token', 'shopify', 'high', 'shpca_[a-fA-F0-9]{32}', ['shpca_']),
    prefixed('shopify-private-app-token', 'Shopify private app access token', 'shopify', 'high', 'shppa_[a-fA-F0-9]{32}', ['shppa_']),
    prefixed('shopify-shared-secret', 'Shopify app shared secret', 'shopify', 'high', 'shpss_[a-fA-F0-9]{32}', ['shpss_']),
    {
        id: 'discord-bot-token',
        title: 'Discord bot token',
        description: 'A bot token (base64 user id . timestamp . HMAC) in a file that mentions Discord.',
        provider: 'discord',
        severity: 'high',
        regex: String.raw `(?<![A-Za-z0-9_-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])`,
        keywords: ['discord'],
        window: 'file',
        entropy: 4,
    },
    {
        id: 'discord-webhook-url',
        title: 'Discord webhook URL',
        description: 'Anyone holding the URL can post to the channel.',
        provider: 'discord',
        severity: 'medium',
        regex: String.raw `(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68})`,
        keywords: ['discord'],
    },
    named('telegram-bot-token-context', 'Telegram bot token (context)', 'telegram', 'high', ['telegram'], '[0-9]{5,16}:A[A-Za-z0-9_-]{34}'),
    prefixed('telegram-bot-token', 'Telegram bot token', 'telegram', 'high', '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}', [':AA'], { window: 'line' }),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/ai.js

const AI_RULES = [
    prefixed('openai-api-key', 'OpenAI API key', 'openai', 'high', 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}', ['T3BlbkFJ'], { window: 'line' }),
    prefixed('anthropic-api-key', 'Anthropic API key', 'anthropic', 'high', 'sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA', ['sk-ant-']),
    prefixed('huggingface-token', 'Hugging Face access token', 'huggingface', 'high', 'hf_[A-Za-z]{34}', ['hf_']),
    prefixed('huggingface-org-token', 'Hugging Face organization API token', 'huggingface', 'high', 'api_org_[A-Za-z]{34}', ['api_org_']),
    prefixed('groq-api-key', 'Groq API key', 'groq', 'high', 'gsk_[A-Za-z0-9]{52}', ['gsk_']),
    prefixed('replicate-api-token', 'Replicate API token', 'replicate', 'high', 'r8_[A-Za-z0-9]{37}', ['r8_']),
    prefixed('langsmith-api-key', 'LangSmith API key', 'langsmith', 'medium', 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', ['lsv2_']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/cloud.js

const CLOUD_RULES = [
    prefixed('digitalocean-token', 'DigitalOcean access or refresh token', 'digitalocean', 'critical', 'do[opr]_v1_[a-f0-9]{64}', [
        'dop_v1_',
        'doo_v1_',
        'dor_v1_',
    ]),
    prefixed('hashicorp-vault-token', 'HashiCorp Vault token', 'vault', 'critical', String.raw `hv[sb]\.[A-Za-z0-9_-]{90,}`, ['hvs.', 'hvb.']),
    prefixed('terraform-cloud-token', 'Terraform Cloud / HCP Terraform API token', 'terraform', 'critical', String.raw `[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}`, ['.atlasv1.'], { window: 'line' }),
    prefixed('databricks-token', 'Databricks personal access token', 'databricks', 'high', 'dapi[a-f0-9]{32}(?:-[0-9])?', ['dapi']),
    prefixed('doppler-token', 'Doppler service or personal token', 'doppler', 'high', String.raw `dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}`, ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.']),
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
        regex: String.raw `(?i:heroku)[A-Za-z0-9_.-]{0,20}?(?i:key|token|secret|auth)[A-Za-z0-9_.-]{0,10}${ASSIGN_LOOSE}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`,
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
    prefixed('dynatrace-api-token', 'Dynatrace API token', 'dynatrace', 'high', String.raw `dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}`, ['dt0c01.']),
    prefixed('square-access-token', 'Square access token', 'square', 'high', '(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})', [
        'EAAA',
        'sq0atp-',
    ]),
    prefixed('square-oauth-secret', 'Square OAuth application secret', 'square', 'high', 'sq0csp-[A-Za-z0-9_-]{43}', ['sq0csp-']),
    prefixed('mapbox-secret-token', 'Mapbox secret access token', 'mapbox', 'high', String.raw `sk\.eyJ[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{20,}`, ['sk.eyJ']),
    prefixed('tailscale-key', 'Tailscale auth or API key', 'tailscale', 'high', 'tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{7,}-[A-Za-z0-9]{20,}', ['tskey-']),
    prefixed('onepassword-service-account-token', '1Password service account token', 'onepassword', 'critical', 'ops_eyJ[A-Za-z0-9+/]{250,}={0,3}', ['ops_eyJ']),
    prefixed('adafruit-io-key', 'Adafruit IO key', 'adafruit', 'medium', 'aio_[A-Za-z0-9]{28}', ['aio_']),
    prefixed('netlify-access-token', 'Netlify personal access token', 'netlify', 'high', 'nfp_[A-Za-z0-9]{36,40}', ['nfp_']),
    {
        id: 'kubernetes-secret-yaml',
        title: 'Value of a Kubernetes Secret manifest',
        description: 'A value under `data:` (base64, decoded and judged) or `stringData:` of a `kind: Secret` YAML document. Empty, short, templated and SOPS-encrypted values are not reported.',
        provider: 'kubernetes',
        severity: 'high',
        // A `key: value` entry, plain, quoted, or folded onto the next line (`key: >`, `key: |`); kubernetes.ts checks
        // that it sits under `data:`/`stringData:` of a `kind: Secret` document, in either order of the keys.
        regex: String.raw `^([ \t]+)["']?[\w.-]+["']?[ \t]*:[ \t]*(?:[>|][-+]?[ \t]*\r?\n[ \t]+)?(["']?)([^\s"'#|>][^\n"']*?)\2[ \t]*(?:#[^\n]*)?\r?$`,
        flags: 'm',
        secretGroup: 3,
        keywords: ['secret'],
        window: 'file',
        path: String.raw `\.[Yy][Aa]?[Mm][Ll]$`,
        check: 'kubernetes-secret',
        // What a decoded value holds (a GitHub token in an env file) says more than "a Secret's value".
        generic: true,
    },
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/devtools.js

const DEVTOOLS_RULES = [
    prefixed('artifactory-api-key', 'JFrog Artifactory API key', 'jfrog', 'high', 'AKCp[A-Za-z0-9]{69}', ['AKCp']),
    prefixed('artifactory-reference-token', 'JFrog Artifactory reference token', 'jfrog', 'high', 'cmVmd[A-Za-z0-9]{59}', ['cmVmd'], {
        entropy: 3.5,
    }),
    named('jfrog-token', 'JFrog API key or identity token', 'jfrog', 'high', ['jfrog', 'artifactory', 'bintray', 'xray'], '(?:[A-Za-z0-9]{73}|[A-Za-z0-9]{64})'),
    prefixed('harness-api-key', 'Harness personal or service account token', 'harness', 'high', String.raw `(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}`, ['pat.', 'sat.']),
    named('snyk-api-token', 'Snyk API token', 'snyk', 'high', ['snyk'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    prefixed('sourcegraph-access-token', 'Sourcegraph access token', 'sourcegraph', 'high', 'sgp_(?:local_|[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}', ['sgp_']),
    named('sourcegraph-token-legacy', 'Sourcegraph access token (legacy format)', 'sourcegraph', 'high', ['sourcegraph'], '[a-f0-9]{40}'),
    prefixed('sonar-token', 'SonarQube or SonarCloud token', 'sonar', 'high', 'sq[apu]_[a-f0-9]{40}', ['sqa_', 'sqp_', 'squ_']),
    named('sonar-token-legacy', 'SonarQube or SonarCloud token (legacy format)', 'sonar', 'high', ['sonar'], '[A-Za-z0-9]{40}', {
        part: '(?:secret|token|key|login|pass(?:word)?|auth)',
    }),
    named('codecov-token', 'Codecov upload or access token', 'codecov', 'medium', ['codecov'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{32})'),
    named('drone-ci-token', 'Drone CI access token', 'drone', 'high', ['drone'], '[A-Za-z0-9]{32}'),
    named('travis-ci-token', 'Travis CI access token', 'travis', 'high', ['travis'], '[A-Za-z0-9]{22}'),
    prefixed('octopus-deploy-api-key', 'Octopus Deploy API key', 'octopus', 'high', 'API-[A-Z0-9]{26}', ['API-'], { entropy: 3.5 }),
    named('launchdarkly-token', 'LaunchDarkly access token or SDK key', 'launchdarkly', 'high', ['launchdarkly', 'launch_darkly'], '[A-Za-z0-9_=-]{40}'),
    prefixed('infracost-api-token', 'Infracost API token', 'infracost', 'medium', 'ico-[A-Za-z0-9]{32}', ['ico-'], {
        // not a file name (`video_box.ico-7a38….png`)
        regex: String.raw `(?<![A-Za-z0-9_./-])(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_.-])`,
    }),
    prefixed('prefect-api-token', 'Prefect Cloud API key', 'prefect', 'high', 'pnu_[A-Za-z0-9]{36}', ['pnu_']),
    prefixed('readme-api-token', 'ReadMe API key', 'readme', 'high', 'rdme_[a-z0-9]{70}', ['rdme_']),
    prefixed('scalingo-api-token', 'Scalingo API token', 'scalingo', 'high', 'tk-us-[A-Za-z0-9_-]{48}', ['tk-us-']),
    prefixed('settlemint-token', 'SettleMint access token', 'settlemint', 'high', 'sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}', [
        'sm_pat_',
        'sm_aat_',
        'sm_sat_',
    ]),
    prefixed('defined-networking-api-token', 'Defined Networking API token', 'defined-networking', 'high', 'dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}', ['dnkey-']),
    prefixed('onepassword-secret-key', '1Password account secret key', 'onepassword', 'critical', 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', ['A3-'], { entropy: 3.5 }),
    prefixed('openshift-user-token', 'OpenShift user token', 'openshift', 'high', 'sha256~[A-Za-z0-9_-]{43}', ['sha256~']),
    named('okta-access-token', 'Okta API token', 'okta', 'high', ['okta'], '00[A-Za-z0-9=_-]{40}'),
    prefixed('flyio-access-token', 'Fly.io access token', 'flyio', 'high', '(?:fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})', ['fo1_', 'fm1a_', 'fm1r_', 'fm2_']),
    named('gitter-access-token', 'Gitter access token', 'gitter', 'medium', ['gitter'], '[a-z0-9_-]{40}'),
    named('mattermost-access-token', 'Mattermost access token', 'mattermost', 'medium', ['mattermost'], '[a-z0-9]{26}'),
    named('confluent-api-key', 'Confluent Cloud API key or secret', 'confluent', 'high', ['confluent'], '(?:[A-Za-z0-9+/]{64}|[A-Za-z0-9]{16})'),
    prefixed('clickhouse-cloud-api-secret', 'ClickHouse Cloud API secret key', 'clickhouse', 'high', '4b1d[A-Za-z0-9]{38}', ['4b1d']),
    prefixed('authress-access-key', 'Authress service client access key', 'authress', 'high', String.raw `(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}`, ['sc_', 'ext_', 'scauth_', 'authress_']),
    named('privateai-api-token', 'Private AI API key', 'privateai', 'high', ['privateai', 'private_ai', 'private-ai'], '[a-z0-9]{32}'),
    named('sidekiq-secret', 'Sidekiq Enterprise or Pro credentials', 'sidekiq', 'high', ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'], '[a-f0-9]{8}:[a-f0-9]{8}', { part: '' }),
    prefixed('intra42-client-secret', '42 Intra client secret', 'intra42', 'high', 's-s4t2(?:ud|af)-[a-f0-9]{64}', ['s-s4t2']),
    named('heroku-api-key-uuid', 'Heroku API key (UUID format)', 'heroku', 'high', ['heroku'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    prefixed('gitlab-session-cookie', 'GitLab session cookie', 'gitlab', 'high', '_gitlab_session=[0-9a-z]{32}', ['_gitlab_session=']),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/finance.js

const FINANCE_RULES = [
    prefixed('plaid-access-token', 'Plaid access token', 'plaid', 'high', 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', ['access-sandbox-', 'access-development-', 'access-production-']),
    named('plaid-secret', 'Plaid client id or secret', 'plaid', 'high', ['plaid'], '(?:[a-f0-9]{30}|[A-Za-z0-9]{24})', {
        part: '(?:secret|token|key|id)',
    }),
    named('finicity-secret', 'Finicity API token or client secret', 'finicity', 'high', ['finicity'], '(?:[a-f0-9]{32}|[a-z0-9]{20})'),
    prefixed('flutterwave-key', 'Flutterwave public, secret or encryption key', 'flutterwave', 'high', 'FLW(?:PUBK|SECK)(?:_TEST)?-?[a-h0-9]{12,32}(?:-X)?', ['FLWPUBK', 'FLWSECK']),
    named('gocardless-api-token', 'GoCardless access token', 'gocardless', 'high', ['gocardless'], '(?:live|sandbox)_[A-Za-z0-9_=-]{40}'),
    named('coinbase-access-token', 'Coinbase access token', 'coinbase', 'high', ['coinbase'], '[A-Za-z0-9_-]{64}'),
    named('kraken-access-token', 'Kraken API key or private key', 'kraken', 'high', ['kraken'], '[A-Za-z0-9/=_+-]{80,90}'),
    named('kucoin-secret', 'KuCoin API key or secret', 'kucoin', 'high', ['kucoin'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-f0-9]{24})'),
    named('bittrex-secret', 'Bittrex API key or secret', 'bittrex', 'high', ['bittrex'], '[a-z0-9]{32}'),
    prefixed('easypost-api-key', 'EasyPost API key', 'easypost', 'high', 'EZ[AT]K[A-Za-z0-9]{54}', ['EZAK', 'EZTK']),
    prefixed('shippo-api-token', 'Shippo API token', 'shippo', 'high', 'shippo_(?:live|test)_[a-fA-F0-9]{40}', ['shippo_']),
    named('lob-api-key', 'Lob API key', 'lob', 'high', ['lob'], '(?:live|test)_(?:pub_)?[a-f0-9]{31,35}'),
    prefixed('duffel-api-token', 'Duffel API token', 'duffel', 'high', 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}', ['duffel_']),
    named('finnhub-access-token', 'Finnhub access token', 'finnhub', 'medium', ['finnhub'], '[a-z0-9]{20}'),
    named('freemius-secret-key', 'Freemius secret key', 'freemius', 'high', ['secret_key'], String.raw `sk_[\x21-\x7e]{29}`, {
        part: '',
        path: String.raw `\.php$`,
    }),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/social.js

const SOCIAL_RULES = [
    named('twitter-secret', 'Twitter/X API key, secret or access secret', 'twitter', 'high', ['twitter'], '(?:[A-Za-z0-9]{50}|[A-Za-z0-9]{45}|[A-Za-z0-9]{35}|[A-Za-z0-9]{25})'),
    named('twitter-access-token', 'Twitter/X access token', 'twitter', 'high', ['twitter'], '[0-9]{15,25}-[A-Za-z0-9]{20,40}'),
    prefixed('twitter-bearer-token', 'Twitter/X bearer token', 'twitter', 'high', 'A{22}[A-Za-z0-9%]{80,100}', ['AAAAAAAAAAAAAAAAAAAAA'], {
        noPlaceholderCheck: true,
        // base64 of binary data (runs of `A` are zero bytes), not a token: a token's tail is random
        allow: { regexes: ['^A{22}[A-Za-z0-9%]*AAAA'] },
    }),
    named('facebook-secret', 'Facebook app secret or access token', 'facebook', 'high', ['facebook'], '(?:[0-9]{15,16}[|%][A-Za-z0-9_-]{27,40}|[a-f0-9]{32})'),
    prefixed('facebook-page-access-token', 'Facebook page access token', 'facebook', 'high', 'EAA[MC][A-Za-z0-9]{100,}', ['EAAM', 'EAAC']),
    named('linkedin-client-secret', 'LinkedIn client id or secret', 'linkedin', 'medium', ['linkedin', 'linked_in', 'linked-in'], '(?:[A-Za-z0-9]{16}|[a-z0-9]{14})', { part: '(?:secret|token|key|id)' }),
    named('twitch-api-token', 'Twitch API token', 'twitch', 'high', ['twitch'], '[a-z0-9]{30}'),
    named('discord-client-secret', 'Discord client secret, id or API token', 'discord', 'high', ['discord'], '(?:[a-f0-9]{64}|[A-Za-z0-9_=-]{32})', { part: '(?:secret|token|key|id)' }),
    named('flickr-access-token', 'Flickr access token', 'flickr', 'medium', ['flickr'], '[a-z0-9]{32}'),
    named('nytimes-access-token', 'New York Times API token', 'nytimes', 'low', ['nytimes', 'new-york-times', 'newyorktimes'], '[A-Za-z0-9=_-]{32}'),
    named('etsy-access-token', 'Etsy access token', 'etsy', 'medium', ['etsy'], '[a-z0-9]{24}'),
    prefixed('yandex-api-key', 'Yandex Cloud API key', 'yandex', 'high', 'AQVN[A-Za-z0-9_-]{35,38}', ['AQVN']),
    prefixed('yandex-iam-token', 'Yandex Cloud IAM token', 'yandex', 'high', String.raw `t1\.[A-Z0-9a-z_-]+={0,2}\.[A-Z0-9a-z_-]{86}={0,2}`, [
        't1.',
    ]),
    named('yandex-access-token', 'Yandex access token or static key', 'yandex', 'high', ['yandex'], '(?:YC[A-Za-z0-9_-]{38}|y[0-3]_[A-Za-z0-9_-]{55})'),
    prefixed('dropbox-short-lived-token', 'Dropbox short-lived access token', 'dropbox', 'high', String.raw `sl\.[A-Za-z0-9_=-]{130,152}`, [
        'sl.',
    ]),
    named('dropbox-api-token', 'Dropbox API token', 'dropbox', 'high', ['dropbox'], '(?:[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}|[a-z0-9]{15})', { noPlaceholderCheck: true }),
    named('mapbox-token', 'Mapbox access token', 'mapbox', 'medium', ['mapbox'], String.raw `[ps]k\.[A-Za-z0-9]{60,90}\.[A-Za-z0-9_-]{22}`),
    prefixed('typeform-api-token', 'Typeform personal access token', 'typeform', 'high', 'tfp_[A-Za-z0-9_.=-]{59}', ['tfp_']),
    prefixed('frameio-api-token', 'Frame.io developer token', 'frameio', 'high', 'fio-u-[A-Za-z0-9_=-]{64}', ['fio-u-']),
    named('contentful-api-token', 'Contentful delivery or management token', 'contentful', 'medium', ['contentful'], '(?:CFPAT-[A-Za-z0-9_-]{43}|[A-Za-z0-9=_-]{43})'),
    named('squarespace-access-token', 'Squarespace API key', 'squarespace', 'high', ['squarespace'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    named('rapidapi-access-token', 'RapidAPI key', 'rapidapi', 'high', ['rapidapi'], '[A-Za-z0-9_-]{50}'),
    named('beamer-api-token', 'Beamer API key', 'beamer', 'medium', ['beamer'], 'b_[A-Za-z0-9=_-]{44}'),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/business.js

const BUSINESS_RULES = [
    named('intercom-api-key', 'Intercom access token', 'intercom', 'high', ['intercom'], '[A-Za-z0-9=_-]{60}'),
    named('hubspot-api-key', 'HubSpot API key', 'hubspot', 'high', ['hubspot'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    prefixed('hubspot-private-app-token', 'HubSpot private app access token', 'hubspot', 'high', 'pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', ['pat-na', 'pat-eu']),
    named('zendesk-secret-key', 'Zendesk API token', 'zendesk', 'high', ['zendesk'], '[A-Za-z0-9]{40}'),
    named('freshbooks-access-token', 'FreshBooks access token', 'freshbooks', 'medium', ['freshbooks'], '[a-z0-9]{64}'),
    named('messagebird-api-token', 'MessageBird API key or client id', 'messagebird', 'high', ['messagebird', 'message-bird', 'message_bird'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{25})', { part: '(?:secret|token|key|id)' }),
    named('sendbird-access-token', 'Sendbird API token or application id', 'sendbird', 'high', ['sendbird'], '(?:[a-f0-9]{40}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})', { part: '(?:secret|token|key|id)' }),
    prefixed('sendinblue-api-token', 'Brevo (Sendinblue) API key', 'sendinblue', 'high', 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}', [
        'xkeysib-',
    ]),
    named('asana-client-secret', 'Asana client id or secret', 'asana', 'medium', ['asana'], '(?:[A-Za-z0-9]{32}|[0-9]{16})', {
        part: '(?:secret|token|key|id)',
    }),
    named('adobe-client-id', 'Adobe client id', 'adobe', 'low', ['adobe'], '[a-f0-9]{32}', { part: '(?:secret|token|key|id)' }),
    prefixed('adobe-client-secret', 'Adobe client secret', 'adobe', 'high', 'p8e-[A-Za-z0-9]{32}', ['p8e-']),
    prefixed('alibaba-access-key-id', 'Alibaba Cloud AccessKey id', 'alibaba', 'high', 'LTAI[A-Za-z0-9]{20}', ['LTAI']),
    named('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', 'alibaba', 'high', ['alibaba'], '[A-Za-z0-9]{30}'),
    named('algolia-api-key', 'Algolia API key', 'algolia', 'high', ['algolia'], '[a-zA-Z0-9]{32}'),
    named('bitbucket-client-secret', 'Bitbucket OAuth consumer key or secret', 'atlassian', 'high', ['bitbucket'], '(?:[A-Za-z0-9=_-]{64}|[A-Za-z0-9]{32})', { part: '(?:secret|token|key|id)' }),
    named('looker-client-secret', 'Looker API client id or secret', 'looker', 'high', ['looker'], '(?:[A-Za-z0-9]{24}|[A-Za-z0-9]{20})', {
        part: '(?:secret|token|key|id)',
    }),
    prefixed('mailgun-public-key', 'Mailgun public validation key', 'mailgun', 'low', 'pubkey-[a-f0-9]{32}', ['pubkey-']),
    named('mailgun-signing-key', 'Mailgun webhook signing key', 'mailgun', 'high', ['mailgun'], '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}'),
    named('linear-client-secret', 'Linear OAuth client secret', 'linear', 'high', ['linear'], '[a-f0-9]{32}'),
    prefixed('maxmind-license-key', 'MaxMind license key', 'maxmind', 'high', '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk', ['_mmk'], {
        window: 'line',
    }),
    named('fastly-api-token', 'Fastly API token', 'fastly', 'high', ['fastly'], '[A-Za-z0-9_-]{32}'),
    named('cloudflare-api-key', 'Cloudflare API token or global API key', 'cloudflare', 'high', ['cloudflare'], '(?:[A-Za-z0-9_-]{40}|[a-f0-9]{37})', { part: '(?:secret|token|key|auth|pass)' }),
    named('typeform-legacy-token', 'Typeform API token (context)', 'typeform', 'medium', ['typeform'], '[A-Za-z0-9_.=-]{44}'),
    prefixed('perplexity-api-key', 'Perplexity API key', 'perplexity', 'high', 'pplx-[A-Za-z0-9]{48}', ['pplx-']),
    named('cohere-api-token', 'Cohere API key', 'cohere', 'high', ['cohere', 'co_api_key'], '[A-Za-z0-9]{40}'),
    named('dynatrace-token-context', 'Dynatrace API token (context)', 'dynatrace', 'high', ['dynatrace'], String.raw `dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}`),
    named('airtable-api-key', 'Airtable API key (legacy)', 'airtable', 'high', ['airtable'], '[A-Za-z0-9]{17}'),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/observability.js

const OBSERVABILITY_RULES = [
    named('sumologic-access-id', 'Sumo Logic access id', 'sumologic', 'medium', ['sumo'], 'su[A-Za-z0-9]{12}', {
        part: '(?:id|key|token|secret|access)',
    }),
    named('sumologic-access-key', 'Sumo Logic access key', 'sumologic', 'high', ['sumo'], '[A-Za-z0-9]{64}', {
        part: '(?:key|token|secret|access)',
    }),
    named('datadog-access-token', 'Datadog API or application key', 'datadog', 'high', ['datadog', 'dd_api', 'dd_app'], '(?:[a-z0-9]{40}|[a-f0-9]{32})'),
    named('sentry-access-token', 'Sentry auth token (legacy format)', 'sentry', 'high', ['sentry'], '[a-f0-9]{64}'),
    prefixed('grafana-api-key', 'Grafana API key (legacy)', 'grafana', 'high', 'eyJrIjoi[A-Za-z0-9]{70,400}={0,3}', ['eyJrIjoi']),
    prefixed('microsoft-teams-webhook', 'Microsoft Teams incoming webhook URL', 'microsoft-teams', 'medium', String.raw `https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36}`, ['https://'], { window: 'line' }),
    prefixed('new-relic-browser-token', 'New Relic browser API token', 'newrelic', 'medium', 'NRJS-[a-f0-9]{19}', ['NRJS-']),
    prefixed('new-relic-insert-key', 'New Relic insert key', 'newrelic', 'high', 'NRII-[A-Za-z0-9_-]{32}', ['NRII-']),
    named('new-relic-user-api-id', 'New Relic user API id', 'newrelic', 'low', ['newrelic', 'new_relic', 'new-relic'], '[A-Z0-9]{64}', {
        part: '(?:id|key|token|secret)',
    }),
    named('netlify-token-context', 'Netlify access token (context)', 'netlify', 'high', ['netlify'], '[A-Za-z0-9=_-]{40,46}'),
    named('adafruit-api-key-context', 'Adafruit IO key (context)', 'adafruit', 'medium', ['adafruit'], '[a-z0-9_-]{32}'),
    named('cisco-meraki-api-key', 'Cisco Meraki API key', 'meraki', 'high', ['meraki'], '[0-9a-f]{40}'),
    named('openai-api-key-context', 'OpenAI API key (legacy format, context)', 'openai', 'high', ['openai'], 'sk-[A-Za-z0-9]{48}'),
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/private-keys.js

const PRIVATE_KEYS_RULES = [
    prefixed('age-secret-key', 'age secret key', 'private-key', 'critical', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', [
        'AGE-SECRET-KEY-1',
    ]),
    pemKey('private-key-rsa', 'RSA private key', 'RSA PRIVATE KEY'),
    pemKey('private-key-ec', 'EC private key', 'EC PRIVATE KEY'),
    pemKey('private-key-dsa', 'DSA private key', 'DSA PRIVATE KEY'),
    pemKey('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY'),
    pemKey('private-key-pkcs8', 'PKCS#8 private key', 'PRIVATE KEY'),
    pemKey('private-key-pkcs8-encrypted', 'Encrypted PKCS#8 private key', 'ENCRYPTED PRIVATE KEY', 'high'),
    pemKey('pgp-private-key', 'PGP private key block', 'PGP PRIVATE KEY BLOCK'),
    {
        id: 'putty-private-key',
        title: 'PuTTY private key',
        description: 'A PuTTY .ppk private key.',
        provider: 'private-key',
        severity: 'critical',
        regex: String.raw `PuTTY-User-Key-File-[23]:[\s\S]{0,2000}?Private-Lines:\s*[0-9]+\s+([A-Za-z0-9+/=\s]{64,}?)\s*Private-(?:MAC|Hash)`,
        keywords: ['putty-user-key-file-'],
        window: 'keyword',
        noPlaceholderCheck: true,
    },
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules/generic.js

const GENERIC_RULES = [
    {
        id: 'curl-auth-header',
        title: 'Credential in a curl header',
        description: 'A token in `curl -H "Authorization: …"` (or an API-key header) in a script, README or CI file.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `curl\b[^\n]{0,400}?\s(?:-H|--header)\s*["']?(?:Authorization|Proxy-Authorization|(?:X-)?(?:Api|Auth)[_-]?(?:Key|Token)|Private-Token|X-Vault-Token)\s*:\s*(?:(?:Bearer|Basic|Token|token|bearer|Digest)\s+)?([A-Za-z0-9+/=_.~:-]{8,512})(?=["'\s\\]|$)`,
        window: 'line',
        keywords: ['curl'],
        entropy: 3,
        generic: true,
    },
    {
        id: 'curl-auth-user',
        title: 'Password in curl -u',
        description: 'A `user:password` pair given to `curl -u/--user`.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `curl\b[^\n]{0,400}?\s(?:-u|--user)\s*["']?([^\s"':$<>{}]{1,64}:[^\s"'$<>{}]{4,128})(?=["'\s]|$)`,
        window: 'line',
        keywords: ['curl'],
        entropy: 2.5,
        generic: true,
        allow: {
            regexes: [
                String.raw `^[^:]*:[[<{(]`,
                String.raw `^[^:]*:(?:password|pass|passwd|secret|token|test|changeme|pwd|[xX*.]+)$`,
                String.raw `^(?:user|username|test|api|admin|foo):\1$`,
            ],
        },
    },
    {
        id: 'jwt',
        title: 'JSON Web Token',
        description: 'A signed JWT; it may still be valid, and its claims may be sensitive.',
        provider: 'jwt',
        severity: 'medium',
        regex: String.raw `(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-])`,
        window: 'keyword',
        keywords: ['eyJ'],
        check: 'jwt',
        noPlaceholderCheck: true,
        // jwt.io's example token, in countless READMEs.
        allow: { regexes: ['eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'] },
    },
    {
        id: 'connection-url-credentials',
        title: 'Credentials in a connection URL',
        description: 'A password in the user-info part of a URL (`scheme://user:password@host`).',
        provider: 'url',
        severity: 'high',
        regex: String.raw `(?<=(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30})://([^\s:@/"'<>\x60\\{}$]{0,128}):([^\s@/"'<>\x60\\]{6,128})@[A-Za-z0-9_.[\]-]+`,
        window: 'keyword',
        keywords: ['://'],
        secretGroup: 2,
        keyGroup: 1,
        allow: {
            stopwords: ['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'user', 'username', 'dbpass', 'token', 'foo', 'bar'],
            regexes: [String.raw `^[0-9]{1,5}$`, String.raw `^[*xX.]+$`, String.raw `^[$%{<\[]`],
        },
    },
    {
        id: 'generic-secret',
        title: 'Hard-coded secret',
        description: 'A high-entropy string assigned to a key named like a password, secret, token or API key.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|(?:encryption|signing|hmac|master|jwt)[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.-]{0,24}?)["'\]]{0,2}${TYPED}\s*(?::=|=>|==|=|:)\s*(?:[@frbu]?["'\x60])([^"'\x60\s\\]{8,256})["'\x60]`,
        flags: 'i',
        secretGroup: 2,
        keyGroup: 1,
        window: 'keyword',
        keywords: GENERIC_KEYWORDS,
        entropy: 3.5,
        check: 'generic-value',
        generic: true,
        allow: { keys: [KEY_NOT_A_SECRET] },
    },
    {
        id: 'generic-secret-attribute',
        title: 'Hard-coded secret in a key/value pair',
        description: 'A high-entropy value in `key="…password…" value="…"` (.NET appSettings, XML and HTML configs).',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `(?<=(?:key|name)\s*=\s*["'][A-Za-z0-9_.:-]{0,40})((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|(?:encryption|signing|hmac|master|jwt)[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.:-]{0,24}?)["']\s+value\s*=\s*["']([^"'\s]{8,256})["']`,
        flags: 'i',
        secretGroup: 2,
        keyGroup: 1,
        window: 'keyword',
        keywords: GENERIC_KEYWORDS,
        entropy: 3.5,
        check: 'generic-value',
        generic: true,
        allow: { keys: [KEY_NOT_A_SECRET] },
    },
    {
        id: 'generic-secret-config',
        title: 'Hard-coded secret in a config file',
        description: 'An unquoted high-entropy value assigned to a password, secret, token or API key in an env, YAML, properties or INI file.',
        provider: 'generic',
        severity: 'medium',
        regex: String.raw `(?<=^[ \t]*(?:export[ \t]+|-[ \t]+)?[A-Za-z0-9_.-]{0,40})((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|(?:encryption|signing|hmac|master|jwt)[_.-]?key|client[_.-]?secret|credentials?|pwd)[A-Za-z0-9_.-]{0,24}?)[ \t]*[:=][ \t]*([^\s"'#][^\s"']{7,255})(?:[ \t]+#.*)?[ \t]*$`,
        flags: 'im',
        secretGroup: 2,
        keyGroup: 1,
        window: 'keyword',
        keywords: GENERIC_KEYWORDS,
        entropy: 3.5,
        check: 'generic-value',
        generic: true,
        path: String.raw `(?:^|/)(?:\.env[^/]*|[^/]*\.(?:env|ya?ml|properties|ini|cfg|conf|toml|tfvars|sh|bash|zsh)|Dockerfile[^/]*|docker-compose[^/]*)$`,
        allow: { keys: [KEY_NOT_A_SECRET] },
    },
];

;// CONCATENATED MODULE: ./lib/checks/secrets/rules.js


















/** Every built-in rule family, in precedence order. */
const RULE_FAMILIES = {
    aws: AWS_RULES,
    github: GITHUB_RULES,
    gitlab: GITLAB_RULES,
    slack: SLACK_RULES,
    stripe: STRIPE_RULES,
    google: GOOGLE_RULES,
    azure: AZURE_RULES,
    registries: REGISTRIES_RULES,
    saas: SAAS_RULES,
    ai: AI_RULES,
    cloud: CLOUD_RULES,
    devtools: DEVTOOLS_RULES,
    finance: FINANCE_RULES,
    social: SOCIAL_RULES,
    business: BUSINESS_RULES,
    observability: OBSERVABILITY_RULES,
    'private-keys': PRIVATE_KEYS_RULES,
    generic: GENERIC_RULES,
};
const BUILTIN_RULES = Object.values(RULE_FAMILIES).flat();


/***/ })

};
