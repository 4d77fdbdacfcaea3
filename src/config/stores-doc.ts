// The README's table of secret stores, generated from the store registry so it lists exactly the stores
// that exist (a new store appears with its registration). scripts/gen-docs.mjs writes it; a test fails when stale.
import type { SecretStore } from '../secret-stores/store.js';
import { allStores } from '../secret-stores/registry.js';

export const STORES_START = '<!-- secret-stores:start -->';
export const STORES_END = '<!-- secret-stores:end -->';

type Documented = Pick<SecretStore, 'scheme' | 'title' | 'syntax' | 'example'>;

export function storesTableMarkdown(stores: readonly Documented[] = allStores()): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const code = (s: string): string => `\`${cell(s)}\``;
  return [
    '| store | reference | example | settings |',
    '| --- | --- | --- | --- |',
    ...stores.map((s) => {
      // `vault://<mount>/<path>#<key>  (KV v2 or v1; …)`: the reference as code, the note after it as text.
      const [ref = '', ...note] = s.syntax.split(/\s{2,}/);
      const syntax = [code(ref), ...note.map(cell)].join(' ');
      return `| ${cell(s.title)} | ${syntax} | ${s.example ? code(s.example) : ''} | \`secret-stores.${s.scheme}\` |`;
    }),
  ].join('\n');
}

/** `readme` with the text between the secret-stores markers replaced by the current table. */
export function withStoresTable(readme: string): string {
  const start = readme.indexOf(STORES_START);
  const end = readme.indexOf(STORES_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${STORES_START} and ${STORES_END} where the table of secret stores goes`);
  }
  return `${readme.slice(0, start)}${STORES_START}\n\n${storesTableMarkdown()}\n\n${readme.slice(end)}`;
}
