// True- and false-positive samples of the provider-less rules (generic.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const GENERIC_SAMPLES: RuleSamples = {
  'curl-auth-header': {
    tp: [
      'curl -sS -H "Authorization: Bearer q8WzN2vLk5TbR0yPd7Xc3MfJ" https://api.internal.test/v1/jobs',
      "curl --header 'X-Api-Key: 5cT9rW2qLm8ZvB4nXk1J' https://api.test",
    ],
    // a placeholder, and a reference to a variable
    fp: ['curl -H "Authorization: Bearer <token>" https://api.test', 'curl -H "Authorization: Bearer $TOKEN" https://api.test'],
  },
  'curl-auth-user': {
    tp: ['curl -u deploy:Vq7!zK2pR9wX https://registry.test/upload'],
    // variables and a documented placeholder
    fp: ['curl -u "$USER:$PASS" https://registry.test', 'curl -u admin:password https://localhost:9200'],
  },
  jwt: {
    tp: [
      'export const SESSION_JWT: string = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzNDMzMTU3MSIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTc2MDc1NjMzOH0.tzAeQb6tk-7Ey1fVpiG28bwFgnxehrEQ3H0cfuAOcDR";',
    ],
    // too short for the format
    fp: ['export const SESSION_JWT: string = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzNDMzMTU3MSIsInJvbGUiOiJhZ";'],
  },
  'connection-url-credentials': {
    tp: ['https://ci-bot:zcvhzUIUZzJEFd1sn1vaaKUG@git.internal.example.net'],
    // a documented placeholder
    fp: ['https://ci-bot:zcvhzUIUxxxxxxxxxxxxxxxx@git.internal.example.net'],
  },
  'generic-secret': {
    tp: ['\tencryptionKey = "q3Jv8Zk1Lw0Xn5Tb2Ry7Uc4Md9Ps6Ea1Gh8Kf3Wz0Q="', '    String password = "fk3XJAdlJ4o9#8826";'],
    // too short for the format; constants that spell their own name (SDK header and field names)
    fp: [
      '    String password = "fk3XJAdl";',
      'const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";',
      '    SHA256_TOKEN_TO_REFRESH: "token_sha256_to_refresh",',
    ],
  },
  'generic-secret-attribute': {
    tp: ['    <add key="Payments:ClientSecret" value="gk3quCxrP8CfYXApdbmWvZJsP1nT4p" />'],
    // a documented placeholder
    fp: ['    <add key="Payments:ClientSecret" value="gk3quCxrxxxxxxxxxxxxxxxxxxxxxx" />'],
  },
  'generic-secret-config': {
    path: 'config-generic.yaml',
    tp: ['  password: xEqMwJPhydfC!285'],
    // too short for the format
    fp: ['  password: xEqMwJPh'],
  },
};
