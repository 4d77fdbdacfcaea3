// True- and false-positive samples of the Azure rules (azure.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const AZURE_SAMPLES: RuleSamples = {
  'azure-storage-account-key': {
    tp: [
      '    "Storage": "DefaultEndpointsProtocol=https;AccountName=store6r6gua2j;AccountKey=KySjrdIehwWwDIg6ZvEmI10IAyWEOp1ifNnL99OMnqaNSlglbRkqXjjBDbDjkch+8YXNloyRdwGiH5M71UyY8g==;EndpointSuffix=core.windows.net",',
    ],
    // too short for the format
    fp: [
      '    "Storage": "DefaultEndpointsProtocol=https;AccountName=store6r6gua2j;AccountKey=KySjrdIehwWwDIg6ZvEmI10IAyWEOp1ifNnL99OMnqaN;EndpointSuffix=core.windows.net",',
    ],
  },
  'azure-shared-access-key': {
    tp: [
      '    "Bus": "Endpoint=sb://store6r6gua2j.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=WDXmXhA6FvY7vHa22wg7+x/UsGc5w9NWlIthel4rdok="',
    ],
    // too short for the format
    fp: [
      '    "Bus": "Endpoint=sb://store6r6gua2j.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=WDXmXhA6FvY7vHa22wg7+x"',
    ],
  },
  'azure-sas-token': {
    tp: [
      'BLOB_SAS_URL=https://acct6v4qhr.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=VZIM2KJKrMyaP4aS4Nvny7GBtniX6HFqU5Iam2Pzmpc%3D',
    ],
    // too short for the format
    fp: [
      'BLOB_SAS_URL=https://acct6v4qhr.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=VZIM2KJKrMyaP4aS4Nvny7G',
    ],
  },
  'azure-ad-client-secret': {
    tp: ['  "azureClientSecret": "2yI8Q~bK9AvT0lK45AIfs6nRmpe.02zDfLIQDRZ-",'],
    // too short for the format
    fp: ['  "azureClientSecret": "2yI8Q~bK9AvT0lK45AIf",'],
  },
  'azure-devops-pat': {
    tp: ['export const AZDO_PAT: string = "ySrDvJetXUXN7DcFKX4hskfdUPbrRq24zNlJx229Cwkcq3htc9UhJQQJ99BBACAotTpxkI9n0m4RAZDOOtEr";'],
    // too short for the format
    fp: ['export const AZDO_PAT: string = "ySrDvJetXUXN7DcFKX4hskfdUPbrRq24zNlJx229Cw";'],
  },
};
