// Every built-in step kind. A new check is one folder under src/checks/ plus one line here.
import type { Check } from './check.js';
import { goldenCheck } from './golden/check.js';
import { sarifCheck } from './sarif/check.js';
import { secretsCheck } from './secrets/check.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check has its own option type; callers pass the options its schema parsed
export const CHECKS: ReadonlyArray<Check<any>> = [sarifCheck, secretsCheck, goldenCheck];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function findCheck(kind: string): Check<any> | undefined {
  return CHECKS.find((c) => c.kind === kind);
}
