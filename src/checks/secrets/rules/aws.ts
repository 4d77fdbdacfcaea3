// AWS
import type { SecretRule } from '../rule.js';
import { ASSIGN, ASSIGN_LOOSE, prefixed } from './shape.js';

export const AWS_RULES: readonly SecretRule[] = [
  // Amazon Bedrock API keys: long-term `ABSK` + base64, short-term `bedrock-api-key-` + base64 of a presigned URL.
  prefixed(
    'aws-bedrock-api-key',
    'Amazon Bedrock API key',
    'aws',
    'high',
    String.raw`(?:ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{64,2000})`,
    ['ABSK', 'bedrock-api-key-'],
  ),
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
    regex: String.raw`(?:aws_?secret_?(?:access_?)?key|secret_?access_?key|secret-access-key)${ASSIGN_LOOSE}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
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
    regex: String.raw`session_?token${ASSIGN}([A-Za-z0-9/+=]{100,})`,
    flags: 'i',
    window: 'keyword',
    keywords: ['session_token', 'sessiontoken'],
    entropy: 4,
  },
  prefixed(
    'aws-mws-auth-token',
    'Amazon MWS auth token',
    'aws',
    'high',
    String.raw`amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
    ['amzn.mws.'],
  ),
];
