// Every built-in step kind. A new check is one folder under src/checks/ plus one line here.
import type { Check } from './check.js';
import { sarifCheck } from './sarif/check.js';

export const CHECKS: ReadonlyArray<Check<any>> = [sarifCheck];

export function findCheck(kind: string): Check<any> | undefined {
  return CHECKS.find((c) => c.kind === kind);
}
