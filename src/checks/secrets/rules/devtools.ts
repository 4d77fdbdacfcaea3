// Developer platforms, CI/CD and artifact stores: rules written from each provider's documented token format (prefix, length, alphabet);
// where a format has no prefix, the value must be assigned to a key that names the provider and a secret.
import type { SecretRule } from '../rule.js';
import { named, prefixed } from './shape.js';

export const DEVTOOLS_RULES: readonly SecretRule[] = [
  prefixed('artifactory-api-key', 'JFrog Artifactory API key', 'jfrog', 'high', 'AKCp[A-Za-z0-9]{69}', ['AKCp']),
  prefixed('artifactory-reference-token', 'JFrog Artifactory reference token', 'jfrog', 'high', 'cmVmd[A-Za-z0-9]{59}', ['cmVmd'], { entropy: 3.5 }),
  named('jfrog-token', 'JFrog API key or identity token', 'jfrog', 'high', ['jfrog', 'artifactory', 'bintray', 'xray'], '(?:[A-Za-z0-9]{73}|[A-Za-z0-9]{64})'),
  prefixed('harness-api-key', 'Harness personal or service account token', 'harness', 'high', String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}`, ['pat.', 'sat.']),
  named('snyk-api-token', 'Snyk API token', 'snyk', 'high', ['snyk'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
  prefixed('sourcegraph-access-token', 'Sourcegraph access token', 'sourcegraph', 'high', 'sgp_(?:local_|[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}', ['sgp_']),
  named('sourcegraph-token-legacy', 'Sourcegraph access token (legacy format)', 'sourcegraph', 'high', ['sourcegraph'], '[a-f0-9]{40}'),
  prefixed('sonar-token', 'SonarQube or SonarCloud token', 'sonar', 'high', 'sq[apu]_[a-f0-9]{40}', ['sqa_', 'sqp_', 'squ_']),
  named('sonar-token-legacy', 'SonarQube or SonarCloud token (legacy format)', 'sonar', 'high', ['sonar'], '[A-Za-z0-9]{40}', { part: '(?:secret|token|key|login|pass(?:word)?|auth)' }),
  named('codecov-token', 'Codecov upload or access token', 'codecov', 'medium', ['codecov'], '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{32})'),
  named('drone-ci-token', 'Drone CI access token', 'drone', 'high', ['drone'], '[A-Za-z0-9]{32}'),
  named('travis-ci-token', 'Travis CI access token', 'travis', 'high', ['travis'], '[A-Za-z0-9]{22}'),
  prefixed('octopus-deploy-api-key', 'Octopus Deploy API key', 'octopus', 'high', 'API-[A-Z0-9]{26}', ['API-'], { entropy: 3.5 }),
  named('launchdarkly-token', 'LaunchDarkly access token or SDK key', 'launchdarkly', 'high', ['launchdarkly', 'launch_darkly'], '[A-Za-z0-9_=-]{40}'),
  prefixed('infracost-api-token', 'Infracost API token', 'infracost', 'medium', 'ico-[A-Za-z0-9]{32}', ['ico-'], {
    // not a file name (`video_box.ico-7a38….png`)
    regex: String.raw`(?<![A-Za-z0-9_./-])(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_.-])`,
  }),
  prefixed('prefect-api-token', 'Prefect Cloud API key', 'prefect', 'high', 'pnu_[A-Za-z0-9]{36}', ['pnu_']),
  prefixed('readme-api-token', 'ReadMe API key', 'readme', 'high', 'rdme_[a-z0-9]{70}', ['rdme_']),
  prefixed('scalingo-api-token', 'Scalingo API token', 'scalingo', 'high', 'tk-us-[A-Za-z0-9_-]{48}', ['tk-us-']),
  prefixed('settlemint-token', 'SettleMint access token', 'settlemint', 'high', 'sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}', ['sm_pat_', 'sm_aat_', 'sm_sat_']),
  prefixed('defined-networking-api-token', 'Defined Networking API token', 'defined-networking', 'high', 'dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}', ['dnkey-']),
  prefixed('onepassword-secret-key', '1Password account secret key', 'onepassword', 'critical', 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', ['A3-'], { entropy: 3.5 }),
  prefixed('openshift-user-token', 'OpenShift user token', 'openshift', 'high', 'sha256~[A-Za-z0-9_-]{43}', ['sha256~']),
  named('okta-access-token', 'Okta API token', 'okta', 'high', ['okta'], '00[A-Za-z0-9=_-]{40}'),
  prefixed('flyio-access-token', 'Fly.io access token', 'flyio', 'high', '(?:fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})', ['fo1_', 'fm1a_', 'fm1r_', 'fm2_']),
  named('gitter-access-token', 'Gitter access token', 'gitter', 'medium', ['gitter'], '[a-z0-9_-]{40}'),
  named('mattermost-access-token', 'Mattermost access token', 'mattermost', 'medium', ['mattermost'], '[a-z0-9]{26}'),
  named('confluent-api-key', 'Confluent Cloud API key or secret', 'confluent', 'high', ['confluent'], '(?:[A-Za-z0-9+/]{64}|[A-Za-z0-9]{16})'),
  prefixed('clickhouse-cloud-api-secret', 'ClickHouse Cloud API secret key', 'clickhouse', 'high', '4b1d[A-Za-z0-9]{38}', ['4b1d']),
  prefixed('authress-access-key', 'Authress service client access key', 'authress', 'high', String.raw`(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}`, ['sc_', 'ext_', 'scauth_', 'authress_']),
  named('privateai-api-token', 'Private AI API key', 'privateai', 'high', ['privateai', 'private_ai', 'private-ai'], '[a-z0-9]{32}'),
  named('sidekiq-secret', 'Sidekiq Enterprise or Pro credentials', 'sidekiq', 'high', ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'], '[a-f0-9]{8}:[a-f0-9]{8}', { part: '' }),
  prefixed('intra42-client-secret', '42 Intra client secret', 'intra42', 'high', 's-s4t2(?:ud|af)-[a-f0-9]{64}', ['s-s4t2']),
  named('heroku-api-key-uuid', 'Heroku API key (UUID format)', 'heroku', 'high', ['heroku'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
  prefixed('gitlab-session-cookie', 'GitLab session cookie', 'gitlab', 'high', '_gitlab_session=[0-9a-z]{32}', ['_gitlab_session=']),
];
