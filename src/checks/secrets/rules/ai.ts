// AI providers
import type { SecretRule } from '../rule.js';
import { prefixed } from './shape.js';

export const AI_RULES: readonly SecretRule[] = [
  prefixed(
    'openai-api-key',
    'OpenAI API key',
    'openai',
    'high',
    'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}',
    ['T3BlbkFJ'],
    { window: 'line' },
  ),
  prefixed('anthropic-api-key', 'Anthropic API key', 'anthropic', 'high', 'sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA', ['sk-ant-']),
  prefixed('huggingface-token', 'Hugging Face access token', 'huggingface', 'high', 'hf_[A-Za-z]{34}', ['hf_']),
  prefixed('huggingface-org-token', 'Hugging Face organization API token', 'huggingface', 'high', 'api_org_[A-Za-z]{34}', ['api_org_']),
  prefixed('groq-api-key', 'Groq API key', 'groq', 'high', 'gsk_[A-Za-z0-9]{52}', ['gsk_']),
  prefixed('replicate-api-token', 'Replicate API token', 'replicate', 'high', 'r8_[A-Za-z0-9]{37}', ['r8_']),
  prefixed('langsmith-api-key', 'LangSmith API key', 'langsmith', 'medium', 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', ['lsv2_']),
];
