// True- and false-positive samples of the devtools.ts rules beside this file, keyed by rule id (tests/secrets/rule-samples.test.ts).
// Every value is random text shaped like the documented format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const DEVTOOLS_SAMPLES: RuleSamples = {
  'artifactory-api-key': {
    tp: [
      'ARTIFACTORY_API_KEY="AKCpAhvCK6PBD4zrJ2sXPHVdtWRZQWO72N3WzUOT7ugaOkd1afFdkzXckU7spcZx3zEf981BM"',
      "  token: 'AKCpAhvCK6PBD4zrJ2sXPHVdtWRZQWO72N3WzUOT7ugaOkd1afFdkzXckU7spcZx3zEf981BM'",
    ],
    fp: ['ARTIFACTORY_API_KEY="AKCpIiLn8ys2uBShfJ42G5HZDEdu16jSZ7gOLi8gWFPTTK0oUY5eV3cyEw61yReJHrfYYA1Q"'],
  },
  'artifactory-reference-token': {
    tp: [
      'ARTIFACTORY_REFERENCE_TOKEN="cmVmdSECc5D8QK0fke3fCgDe1Fk9dOxwlcsuQrFnADVwp1YbWDn7tTmcTj0Bzb53"',
      "  token: 'cmVmdSECc5D8QK0fke3fCgDe1Fk9dOxwlcsuQrFnADVwp1YbWDn7tTmcTj0Bzb53'",
    ],
    fp: ['ARTIFACTORY_REFERENCE_TOKEN="cmVmd5YA5q6WnY6hAJQPfgVU6PrlUfUAmWsOV7D2Lp3gu8G1ukZV352IVGUVdvn"'],
  },
  'jfrog-token': {
    tp: [
      'JFROG_API_TOKEN="Z7ylAGy2Jtpd1KpMlijnwUXZOjphoHhudlK1trx6Vd3mkq9aBRVIwRWLDd6slyNG"',
      'const jfrogToken = "Z7ylAGy2Jtpd1KpMlijnwUXZOjphoHhudlK1trx6Vd3mkq9aBRVIwRWLDd6slyNG";',
    ],
    fp: ['JFROG_URL="Z7ylAGy2Jtpd1KpMlijnwUXZOjphoHhudlK1trx6Vd3mkq9aBRVIwRWLDd6slyNG"'],
  },
  'harness-api-key': {
    tp: [
      'HARNESS_API_KEY="pat.aJ4UdpUHv1c1VvSW9877V3.bR7cvPq8BcVZ5pKCqlAnrdcB.c4dmyQYdzcZsogwHKq9U"',
      "  token: 'pat.aJ4UdpUHv1c1VvSW9877V3.bR7cvPq8BcVZ5pKCqlAnrdcB.c4dmyQYdzcZsogwHKq9U'",
    ],
    fp: ['HARNESS_API_KEY="pat.59q7KbcVzNzqp5gWi1Pmci.KkQ7SJcqgP9Je8hHpPyNZbOn.S0aspeporZvz83exOUz"'],
  },
  'snyk-api-token': {
    tp: ['SNYK_API_TOKEN="acaFa34f-F7CF-5A98-7f8f-7fb5AEF6BBDE"', 'const snykToken = "acaFa34f-F7CF-5A98-7f8f-7fb5AEF6BBDE";'],
    fp: ['SNYK_URL="acaFa34f-F7CF-5A98-7f8f-7fb5AEF6BBDE"'],
  },
  'sourcegraph-access-token': {
    tp: [
      'SOURCEGRAPH_ACCESS_TOKEN="sgp_7bCbBbF0E4D686EE_18580a368B1c9f1edb7cb80751FeA5FcebF4C44b"',
      "  token: 'sgp_7bCbBbF0E4D686EE_18580a368B1c9f1edb7cb80751FeA5FcebF4C44b'",
    ],
    fp: ['SOURCEGRAPH_ACCESS_TOKEN="sgp_local_aea623Be9f470BB1E83bd5f06DE8dCe4aBC2e0D"'],
  },
  'sourcegraph-token-legacy': {
    tp: [
      'SOURCEGRAPH_API_TOKEN="61b95ff0dd35f1e37e91aeb57c94f5b8b94f1658"',
      'const sourcegraphToken = "61b95ff0dd35f1e37e91aeb57c94f5b8b94f1658";',
    ],
    fp: ['SOURCEGRAPH_URL="61b95ff0dd35f1e37e91aeb57c94f5b8b94f1658"'],
  },
  'sonar-token': {
    tp: ['SONAR_TOKEN="squ_6ce21ddc0604c750b6077aaaecd94f78bdd6eae9"', "  token: 'squ_6ce21ddc0604c750b6077aaaecd94f78bdd6eae9'"],
    fp: ['SONAR_TOKEN="sqp_334581ce364972f3831a561652ca0c5b313aafe"'],
  },
  'sonar-token-legacy': {
    tp: ['SONAR_API_TOKEN="qmnw442UxM2UFrRm85oJzhD419Onh5pBLGmQ53Nt"', 'const sonarToken = "qmnw442UxM2UFrRm85oJzhD419Onh5pBLGmQ53Nt";'],
    fp: ['SONAR_URL="qmnw442UxM2UFrRm85oJzhD419Onh5pBLGmQ53Nt"'],
  },
  'codecov-token': {
    tp: ['CODECOV_API_TOKEN="94740a14-842a-6b3c-2157-56a511d35cf2"', 'const codecovToken = "94740a14-842a-6b3c-2157-56a511d35cf2";'],
    fp: ['CODECOV_URL="94740a14-842a-6b3c-2157-56a511d35cf2"'],
  },
  'drone-ci-token': {
    tp: ['DRONE_API_TOKEN="PteUOOYITQkHTRnis2PxfXf7W7b0iemd"', 'const droneToken = "PteUOOYITQkHTRnis2PxfXf7W7b0iemd";'],
    fp: ['DRONE_URL="PteUOOYITQkHTRnis2PxfXf7W7b0iemd"'],
  },
  'travis-ci-token': {
    tp: ['TRAVIS_API_TOKEN="7qcMxNgVncWQSkVEXbadQm"', 'const travisToken = "7qcMxNgVncWQSkVEXbadQm";'],
    fp: ['TRAVIS_URL="7qcMxNgVncWQSkVEXbadQm"'],
  },
  'octopus-deploy-api-key': {
    tp: ['OCTOPUS_DEPLOY_API_KEY="API-37EIBZXC2OQ941M3UOPFJNUVZC"', "  token: 'API-37EIBZXC2OQ941M3UOPFJNUVZC'"],
    fp: ['OCTOPUS_DEPLOY_API_KEY="API-L64G4UL3BAOIR0PK9Q8ELI0JG"'],
  },
  'launchdarkly-token': {
    tp: [
      'LAUNCHDARKLY_API_TOKEN="woeCB6GF3-6Q_tjmiJJEgKeIEiIAg4Xd9iVtLx-R"',
      'const launchdarklyToken = "woeCB6GF3-6Q_tjmiJJEgKeIEiIAg4Xd9iVtLx-R";',
    ],
    fp: ['LAUNCHDARKLY_URL="woeCB6GF3-6Q_tjmiJJEgKeIEiIAg4Xd9iVtLx-R"'],
  },
  'infracost-api-token': {
    tp: ['INFRACOST_API_TOKEN="ico-OoLQWZQltu4vhGxZfgrTREXQGbyobLNZ"', "  token: 'ico-OoLQWZQltu4vhGxZfgrTREXQGbyobLNZ'"],
    fp: ['INFRACOST_API_TOKEN="ico-kKNzIpSVb423Tg8BydZ84ORsBudgnir"'],
  },
  'prefect-api-token': {
    tp: ['PREFECT_API_TOKEN="pnu_2Adra7EfPxALDJcdN91HimrXBwzeMz1mmNDW"', "  token: 'pnu_2Adra7EfPxALDJcdN91HimrXBwzeMz1mmNDW'"],
    fp: ['PREFECT_API_TOKEN="pnu_NwbMDDvObII6N6rzb1hwMjRvPncgIFBY8A4"'],
  },
  'readme-api-token': {
    tp: [
      'README_API_TOKEN="rdme_s8m6gf5vi198x67ch5yol5365foj529pmwi7lu7g5539oy7z4g5sayhvvzzg78dc6atr60"',
      "  token: 'rdme_s8m6gf5vi198x67ch5yol5365foj529pmwi7lu7g5539oy7z4g5sayhvvzzg78dc6atr60'",
    ],
    fp: ['README_API_TOKEN="rdme_7lmqco4xf2sbioriwfvtnmyk2rb9coeqxg1d8t2lrnow8hrqo7vy1vetmcuqga7uilxii"'],
  },
  'scalingo-api-token': {
    tp: [
      'SCALINGO_API_TOKEN="tk-us-KROpT3lL_18FFQgSmV58W-ss3Pa-QdSZGO2QpqcmTDZkUbQc"',
      "  token: 'tk-us-KROpT3lL_18FFQgSmV58W-ss3Pa-QdSZGO2QpqcmTDZkUbQc'",
    ],
    fp: ['SCALINGO_API_TOKEN="tk-us-eL884FsSCjncoEYr76RwihCqJSUiA4xJN-LLBpfNiOghP3y"'],
  },
  'settlemint-token': {
    tp: ['SETTLEMINT_TOKEN="sm_pat_Couvq9reLqWWYR61"', "  token: 'sm_pat_Couvq9reLqWWYR61'"],
    fp: ['SETTLEMINT_TOKEN="sm_pat_rpfle2uatG6egNw"'],
  },
  'defined-networking-api-token': {
    tp: [
      'DEFINED_NETWORKING_API_TOKEN="dnkey-ak49cr-_mq4=z-rm0s4oo-9-79-3rdmrn-jsg18mqs9q7mu7fl=xxmr7h719_l_-ta3ouo0pw2prjfe"',
      "  token: 'dnkey-ak49cr-_mq4=z-rm0s4oo-9-79-3rdmrn-jsg18mqs9q7mu7fl=xxmr7h719_l_-ta3ouo0pw2prjfe'",
    ],
    fp: ['DEFINED_NETWORKING_API_TOKEN="dnkey-d-x8xny6rpqu7cg4a_nqmkth4u-1n5edkcpbc122xd_3w4azg4q6rwp-w6ufpeksq=mtz9qooavb0e"'],
  },
  'onepassword-secret-key': {
    tp: ['ONEPASSWORD_SECRET_KEY="A3-CNWR6F-L2Z3T1C1Q7R-3UJF1-0A2GP-ZDAI8"', "  token: 'A3-CNWR6F-L2Z3T1C1Q7R-3UJF1-0A2GP-ZDAI8'"],
    fp: ['ONEPASSWORD_SECRET_KEY="A3-Z3TCRA-J361VVWVFA3-DI1N2-W4ZTA-WC8U"'],
  },
  'openshift-user-token': {
    tp: [
      'OPENSHIFT_USER_TOKEN="sha256~ysIvBPPzuTlGBl-bWIzVKWheOxvk1Cizs5fPZm0ANHW"',
      "  token: 'sha256~ysIvBPPzuTlGBl-bWIzVKWheOxvk1Cizs5fPZm0ANHW'",
    ],
    fp: ['OPENSHIFT_USER_TOKEN="sha256~Mbi5QrGkTy4wN_2R-oJ618OVejq800ITLct60Akep9"'],
  },
  'okta-access-token': {
    tp: ['OKTA_API_TOKEN="00BVweKqYWXSsexNS20yK6-gNW0wxSrcu5_Vi=Xdn_"', 'const oktaToken = "00BVweKqYWXSsexNS20yK6-gNW0wxSrcu5_Vi=Xdn_";'],
    fp: ['OKTA_URL="00BVweKqYWXSsexNS20yK6-gNW0wxSrcu5_Vi=Xdn_"'],
  },
  'flyio-access-token': {
    tp: [
      'FLYIO_ACCESS_TOKEN="fo1_nMbwiWDxR3cPle7e8NWTILIiUSx2BZG_yjy1NLxSsdQ"',
      "  token: 'fo1_nMbwiWDxR3cPle7e8NWTILIiUSx2BZG_yjy1NLxSsdQ'",
    ],
    fp: ['FLYIO_ACCESS_TOKEN="fo1_d_O1G0zcW7_kaFqw24A2dlWZDxn34voICj_F8Bqb3A"'],
  },
  'gitter-access-token': {
    tp: ['GITTER_API_TOKEN="4uxw5si40cjfe6jvvn-8k4rqtdyxj_uv6ecarn26"', 'const gitterToken = "4uxw5si40cjfe6jvvn-8k4rqtdyxj_uv6ecarn26";'],
    fp: ['GITTER_URL="4uxw5si40cjfe6jvvn-8k4rqtdyxj_uv6ecarn26"'],
  },
  'mattermost-access-token': {
    tp: ['MATTERMOST_API_TOKEN="95hqolg1umsqhrvh24infi33jk"', 'const mattermostToken = "95hqolg1umsqhrvh24infi33jk";'],
    fp: ['MATTERMOST_URL="95hqolg1umsqhrvh24infi33jk"'],
  },
  'confluent-api-key': {
    tp: [
      'CONFLUENT_API_TOKEN="p/Zi2ADxgJX+SHJT0xN//icXWpSseVdaWtFEoxsPDWPb4U3app67Ok3sHF/dZbQw"',
      'const confluentToken = "p/Zi2ADxgJX+SHJT0xN//icXWpSseVdaWtFEoxsPDWPb4U3app67Ok3sHF/dZbQw";',
    ],
    fp: ['CONFLUENT_URL="p/Zi2ADxgJX+SHJT0xN//icXWpSseVdaWtFEoxsPDWPb4U3app67Ok3sHF/dZbQw"'],
  },
  'clickhouse-cloud-api-secret': {
    tp: [
      'CLICKHOUSE_CLOUD_API_SECRET="4b1dHsZLgR7kN93mNRb9GLxMBP9vM0sa78PDn1X8KK"',
      "  token: '4b1dHsZLgR7kN93mNRb9GLxMBP9vM0sa78PDn1X8KK'",
    ],
    fp: ['CLICKHOUSE_CLOUD_API_SECRET="4b1dvQZKAVSI7NQDQx61pliudkgj3478nS1imp40Y"'],
  },
  'authress-access-key': {
    tp: [
      'AUTHRESS_ACCESS_KEY="scauth_nv66dkrx.ns3y.acc-r5scd0s3qzc2.UAOCQArcuIpS95G5lwt5wKoLZX8aPV=QZS"',
      "  token: 'scauth_nv66dkrx.ns3y.acc-r5scd0s3qzc2.UAOCQArcuIpS95G5lwt5wKoLZX8aPV=QZS'",
    ],
    fp: ['AUTHRESS_ACCESS_KEY="sc_sfk51.h0wk.acc_4mmktqsoi2.7exrA-kAqgH8aTXK5=-+YX=kQ0LyH"'],
  },
  'privateai-api-token': {
    tp: ['PRIVATEAI_API_TOKEN="dmt9eh0zi0upx7t3aohlr7pz7hepvvte"', 'const privateaiToken = "dmt9eh0zi0upx7t3aohlr7pz7hepvvte";'],
    fp: ['PRIVATEAI_URL="dmt9eh0zi0upx7t3aohlr7pz7hepvvte"'],
  },
  'sidekiq-secret': {
    tp: ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM="476f638a:432fb6ba"', 'const bundle_enterprise__contribsys__com = "476f638a:432fb6ba";'],
    fp: ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM="6710b1f0:7a21324"'],
  },
  'intra42-client-secret': {
    tp: [
      'INTRA42_CLIENT_SECRET="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"',
      "  token: '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'",
    ],
    fp: ['INTRA42_CLIENT_SECRET="s-s4t2ud-2d3bd85514885f2f7517b1b00c19e2fe4e8d104d20f012dfa64f9cc243b66fa"'],
  },
  'heroku-api-key-uuid': {
    tp: ['HEROKU_API_TOKEN="73325c6b-4ABC-97D7-Dab4-62F9CDaAb6d8"', 'const herokuToken = "73325c6b-4ABC-97D7-Dab4-62F9CDaAb6d8";'],
    fp: ['HEROKU_URL="73325c6b-4ABC-97D7-Dab4-62F9CDaAb6d8"'],
  },
  'gitlab-session-cookie': {
    tp: ['Cookie: _gitlab_session=0x2af139nf7ltmhpgmedmkejwqetqv5t; path=/'],
    fp: ['Cookie: _gitlab_session=deleted; path=/'],
  },
};
