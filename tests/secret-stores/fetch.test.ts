// secret-stores/fetch.ts: references grouped by store, each fetched once, bounded in time, cancellable,
// and a failure of a whole store (its SDK missing, a bug) turned into an error per reference.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fetchSecrets, type StoreBounds } from '../../src/secret-stores/fetch.js';
import { registerStore } from '../../src/secret-stores/registry.js';
import type { SecretStore } from '../../src/secret-stores/store.js';
import { registerFakeStore, type FakeStore } from '../support/fake-secret-store.js';

let fake: FakeStore;
beforeEach(() => {
  fake = registerFakeStore({ shared: 'one-value-two-names', other: 'another-value' });
});
afterEach(() => fake.unregister());

const bounds = (over: Partial<StoreBounds> = {}): StoreBounds => ({
  settings: {},
  env: {},
  signal: new AbortController().signal,
  timeoutMs: 1000,
  phaseMs: 3000,
  workspace: process.cwd(),
  ...over,
});

function brokenStore(
  scheme: string,
  client: () => Promise<never> | Promise<{ fetch: () => Promise<unknown[]>; probe: () => Promise<never> }>,
): () => void {
  const store = {
    scheme,
    title: scheme,
    syntax: `${scheme}://<x>`,
    settings: () => z.object({}),
    parse: (body: string) => body,
    client,
  } as unknown as SecretStore;
  return registerStore(store);
}

describe('fetchSecrets', () => {
  it('fetches a reference two names share once, and gives both names its value', async () => {
    const r = await fetchSecrets(
      [
        { name: 'A', ref: 'fake://shared' },
        { name: 'B', ref: 'fake://shared' },
        { name: 'C', ref: 'fake://other' },
      ],
      bounds(),
    );
    expect(Object.fromEntries(r.values)).toEqual({ A: 'one-value-two-names', B: 'one-value-two-names', C: 'another-value' });
    expect(fake.fetches).toEqual([['shared', 'other']]);
    expect(r.stores).toEqual(['fake']);
  });

  it("never passes on a parse error that quotes the store's answer (it may hold the value)", async () => {
    const value = 'Cnry-5Kp9x'; // V8 quotes up to 10 characters of the input
    const off = brokenStore('parses', async () => ({
      fetch: async () => [JSON.parse(value) as never],
      probe: () => Promise.reject(new Error('unused')),
    }));
    try {
      expect(() => JSON.parse(value)).toThrow(value); // the message would leak it
      const r = await fetchSecrets([{ name: 'A', ref: 'parses://x' }], bounds());
      expect(r.errors.get('A')).toBe('A (parses://x): parses: an answer runlens could not read');
    } finally {
      off();
    }
  });

  it('turns a client that cannot load (its SDK missing) into an error for each of its references', async () => {
    const off = brokenStore('nosdk', () => Promise.reject(new Error("Cannot find package '@acme/sdk'")));
    try {
      const r = await fetchSecrets(
        [
          { name: 'X', ref: 'nosdk://a' },
          { name: 'Y', ref: 'fake://other' },
        ],
        bounds(),
      );
      expect(r.errors.get('X')).toBe("X (nosdk://a): nosdk: Cannot find package '@acme/sdk'");
      expect(r.values.get('Y')).toBe('another-value');
    } finally {
      off();
    }
  });

  it('says so when a client answers the wrong number of outcomes', async () => {
    const off = brokenStore('short', async () => ({ fetch: async () => [], probe: () => Promise.reject(new Error('x')) }));
    try {
      const r = await fetchSecrets([{ name: 'X', ref: 'short://a' }], bounds());
      expect(r.errors.get('X')).toBe('X (short://a): short: the store client answered 0 outcomes for 1 references (a runlens bug)');
    } finally {
      off();
    }
  });

  it('stops waiting when the run is cancelled', async () => {
    fake.ignoreSignal = true;
    const cancel = new AbortController();
    const pending = fetchSecrets([{ name: 'SLOW', ref: 'fake://hang/x' }], bounds({ signal: cancel.signal, phaseMs: 60_000 }));
    setTimeout(() => cancel.abort(), 20);
    const r = await pending;
    expect(r.errors.get('SLOW')).toBe('SLOW (fake://hang/x): fake: the run was cancelled');
  });

  it('gives up at the end of the phase, naming the setting', async () => {
    const r = await fetchSecrets([{ name: 'SLOW', ref: 'fake://hang/x' }], bounds({ phaseMs: 50 }));
    expect(r.errors.get('SLOW')).toBe('SLOW (fake://hang/x): fake: no answer within 50ms (secret-stores.timeout)');
  });
});
