// True- and false-positive samples of the AWS rules (aws.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const AWS_SAMPLES: RuleSamples = {
  'aws-bedrock-api-key': {
    tp: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSKpTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa/2o76umfXfKm/r5kJP1VrT+1FJors/6ILi8IHn5kxsC7tVO/HbkQfyy/KV5zjR3j1twdTKWTddB+XhkAS1voQG6yy',
      // a short-term key: the base64 of a presigned bedrock.amazonaws.com URL
      'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFRM0VHUks3VDVXUVBMNE1OJTJGMjAyNjExMzAlMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjExMzBUMTIwMDAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNlY3VyaXR5LVRva2VuPUlRb0piM0pwWjJsdVgyVmpFSnImWC1BbXotU2lnbmF0dXJlPTlmOGU3ZDZjNWI0YTM5MjgxNzA2ZjVlNGQzYzJiMWEwOWY4ZTdkNmM1YjRhMzkyODE3MDZmNWU0ZDNjMmIxYTAmVmVyc2lvbj0x',
    ],
    // too short for the format; the short-term key's bare prefix (as a rule's own source spells it)
    fp: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSKpTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa/2o76umfXfKm/r5kJ',
      'prefix = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"',
    ],
  },
  'aws-access-key-id': {
    tp: ['AWS_ACCESS_KEY_ID=AKIA7AZCW2M4GNFMTIGR'],
    // too short for the format
    fp: ['AWS_ACCESS_KEY_ID=AKIA7AZCW2'],
  },
  'aws-secret-access-key': {
    tp: ['export const AWS_SECRET_ACCESS_KEY: string = "XlwHdagZtB4/+XpeB6GV3E0E9gdkq5YgwwmNKKeG";'],
    // too short for the format
    fp: ['export const AWS_SECRET_ACCESS_KEY: string = "XlwHdagZtB4/+XpeB6GV";'],
  },
  'aws-session-token': {
    tp: [
      '\tawsSessionToken := "IQoJb3JpZ2luX2VjJ0aKLWqIf30dKbddmhNsFFXXibJdlIofXkKNv1YJJfocwsXjxOjWELvD921MCdk635cZ7l1BPX2SpnPP4YHb0YSylSUO0f/aZ5Z8YQjSTf/JsPw4xuW+lM5CM8sZhs8oOL2qIKk7NRrBofNlNPbKCm/glrh1rC4dDeE8+ZDuuyBVSaH5wOgNkF80kXZqJ5Yj4YmnClCt4ckH6io+qP8OQbiCOue1ZZGDxMQMsLzSGM+B7yCZBUOw0JH5is+4aEbxyVxeWouKvTFcZwKKqCVWXj+pJ6sPyuRISTYeg02GAW0u"',
    ],
    // a documented placeholder
    fp: [
      '\tawsSessionToken := "IQoJb3Jpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    ],
  },
  'aws-mws-auth-token': {
    tp: ["    'mws_auth_token' => 'amzn.mws.8ce3e0be-1550-0ac4-37aa-6eeb065b55ed',"],
    // too short for the format
    fp: ["    'mws_auth_token' => 'amzn.mws.8ce3e0be-1550',"],
  },
};
