// Placeholder until the SARIF ingestion lands (owned by the reports work).
import { z } from 'zod';
import { defineCheck } from '../check.js';

export const sarifCheck = defineCheck({
  kind: 'sarif',
  description: 'Ingest SARIF files written by another tool as findings.',
  options: z.object({ files: z.union([z.string(), z.array(z.string())]) }).strict(),
  run: async () => ({ findings: [] }),
});
