// Azure (https://learn.microsoft.com/en-us/purview/sit-defn-azure-*)
import type { SecretRule } from '../rule.js';
import { prefixed } from './shape.js';

export const AZURE_RULES: readonly SecretRule[] = [
  {
    id: 'azure-storage-account-key',
    title: 'Azure storage or Cosmos DB account key',
    description: 'An account key, usually inside a connection string (`AccountKey=`).',
    provider: 'azure-storage',
    severity: 'critical',
    regex: String.raw`AccountKey\s*=\s*([A-Za-z0-9+/]{86}==)`,
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
    regex: String.raw`SharedAccessKey\s*=\s*([A-Za-z0-9+/]{43}=)`,
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
    regex: String.raw`(?<=[?&;])sig=([A-Za-z0-9%+/]{43,90}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])`,
    window: 'keyword',
    keywords: ['sig='],
  },
  {
    id: 'azure-ad-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    description: 'An application client secret (`…Q~…`).',
    provider: 'azure-ad',
    severity: 'high',
    regex: String.raw`(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`,
    keywords: ['Q~'],
  },
  prefixed(
    'azure-devops-pat',
    'Azure DevOps personal access token',
    'azure-devops',
    'high',
    '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    ['AZDO'],
    { window: 'line' },
  ),
];
