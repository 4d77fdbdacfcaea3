// The `secrets:` and `secret-stores:` of runlens.yml, checked against the store registry: each reference's
// store exists and parses it, each store's settings fit its own schema, each name a step lists is
// declared. Only the light half of a store is touched (scheme, parse, settings): no SDK loads here.
import type { ConfigIssue, SourcePosition } from '../base/errors.js';
import { SecretRefError } from '../secret-stores/store.js';
import { splitReference } from '../secret-stores/reference.js';
import { allStores, findStore } from '../secret-stores/registry.js';
import type { FieldPath } from './positions.js';
import { suggest } from './suggest.js';
import { explainIssues } from './zod-issues.js';

type Where = (p: FieldPath, part: 'key' | 'value') => SourcePosition;

function examples(): string {
  const stores = allStores();
  if (stores.length === 0) return 'no secret store is built in';
  return `e.g. ${stores.map((s) => s.example ?? s.syntax).join(', ')}`;
}

/**
 * Reports every problem with the secrets into `issues`; returns each store's settings, parsed (defaults
 * applied), for the stores the file configures or its references use.
 */
export function checkSecrets(raw: Record<string, unknown>, where: Where, issues: ConfigIssue[]): Map<string, unknown> {
  const at = (p: FieldPath, part: 'key' | 'value', message: string, suggestion?: string): void => {
    issues.push({ ...where(p, part), path: p.join('.'), message, ...(suggestion ? { suggestion } : {}) });
  };
  const settings = new Map<string, unknown>();
  const schemes = allStores().map((s) => s.scheme);

  // Each store's settings by its own schema.
  const given = isPlainObject(raw['secret-stores']) ? raw['secret-stores'] : {};
  for (const [key, value] of Object.entries(given)) {
    if (key === 'timeout') continue;
    const store = findStore(key);
    if (!store) {
      const s = suggest(key, schemes);
      at(
        ['secret-stores', key],
        'key',
        `"${key}" is not a secret store or setting; the stores are: ${schemes.join(', ')} (and \`timeout\` sets how long fetching may take)`,
        s,
      );
      continue;
    }
    const schema = store.settings();
    const result = schema.safeParse(value ?? {});
    if (result.success) settings.set(key, result.data);
    else issues.push(...explainIssues(result.error.issues, { schema, input: value, prefix: ['secret-stores', key], where }));
  }

  // Each reference: a known store, a body the store can parse.
  const declared = isPlainObject(raw.secrets) ? raw.secrets : {};
  for (const [name, entry] of Object.entries(declared)) {
    const ref = typeof entry === 'string' ? entry : isPlainObject(entry) && typeof entry.ref === 'string' ? entry.ref : undefined;
    // Anything else is the schema's to report.
    if (ref === undefined || ref.length === 0) continue;
    const p: FieldPath = typeof entry === 'string' ? ['secrets', name] : ['secrets', name, 'ref'];
    const split = splitReference(ref);
    if (!split) {
      at(p, 'value', `"${ref}" is not a secret reference: write <store>://…, ${examples()}`);
      continue;
    }
    const store = findStore(split.scheme);
    if (!store) {
      const s = suggest(split.scheme, schemes);
      at(
        p,
        'value',
        `"${split.scheme}" is not a secret store; ${schemes.length ? `the stores are: ${schemes.join(', ')} (${examples()})` : examples()}`,
        s,
      );
      continue;
    }
    try {
      store.parse(split.body);
    } catch (err) {
      if (!(err instanceof SecretRefError)) throw err;
      at(p, 'value', `${store.scheme}: ${err.message} (write ${store.syntax}${store.example ? `, e.g. ${store.example}` : ''})`);
      continue;
    }
    // A store used without settings of its own: its defaults must do (an address may come from the environment).
    if (!settings.has(store.scheme) && !(store.scheme in given)) {
      const result = store.settings().safeParse({});
      if (result.success) settings.set(store.scheme, result.data);
      else
        at(
          p,
          'value',
          `${store.scheme} needs settings under \`secret-stores.${store.scheme}\`: ${result.error.issues.map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`).join('; ')}`,
        );
    }
  }

  // Each name a step lists is a declared secret.
  const names = Object.keys(declared);
  const steps = isPlainObject(raw.steps) ? raw.steps : {};
  for (const [id, step] of Object.entries(steps)) {
    if (!isPlainObject(step)) continue;
    const list = typeof step.secrets === 'string' ? [step.secrets] : Array.isArray(step.secrets) ? step.secrets : [];
    list.forEach((name: unknown, i) => {
      const p: FieldPath = typeof step.secrets === 'string' ? ['steps', id, 'secrets'] : ['steps', id, 'secrets', i];
      if (typeof name === 'string' && isPlainObject(step.env) && name in step.env)
        at(p, 'value', `"${name}" is also in this step's \`env:\`; the secret is the variable's value: remove it from \`env:\``);
      if (typeof name !== 'string' || name in declared) return;
      const s = suggest(name, names);
      at(
        p,
        'value',
        names.length
          ? `"${name}" is not a secret declared under the top-level \`secrets:\` (${names.join(', ')})`
          : `"${name}" is not declared: add it to the top-level \`secrets:\` with its reference, e.g. \`secrets: { ${name}: ${allStores()[0]?.example ?? 'vault://secret/ci/app#password'} }\``,
        s,
      );
    });
  }
  return settings;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
