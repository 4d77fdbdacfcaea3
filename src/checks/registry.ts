// Every step kind `uses:` can name. A new check is one folder under src/checks/ plus one line in BUILT_IN;
// the config schema, the JSON Schema, doctor, the default pipeline, SARIF and the GitLab reports read it from here.
import type { Check } from './check.js';
import { depsCheck } from './deps/check.js';
import { goldenCheck } from './golden/check.js';
import { sarifCheck } from './sarif/check.js';
import { secretsCheck } from './secrets/check.js';
import { semgrepCheck } from './semgrep/check.js';
import { toolCheck } from './tool/check.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check has its own option type; callers pass the options its schema parsed
type AnyCheck = Check<any>;

const BUILT_IN: readonly AnyCheck[] = [sarifCheck, secretsCheck, depsCheck, goldenCheck, toolCheck, semgrepCheck];

const registered: AnyCheck[] = [...BUILT_IN];

/** The registered checks, in registration order. */
export function allChecks(): readonly AnyCheck[] {
  return registered;
}

export function findCheck(kind: string): AnyCheck | undefined {
  return registered.find((c) => c.kind === kind);
}

/** Adds a check kind beside the built-in ones (tests; plugins later). Returns what removes it again. */
export function registerCheck(check: AnyCheck): () => void {
  if (findCheck(check.kind)) throw new Error(`runlens bug: check kind "${check.kind}" is registered twice`);
  registered.push(check);
  return () => {
    const i = registered.indexOf(check);
    if (i >= 0) registered.splice(i, 1);
  };
}
