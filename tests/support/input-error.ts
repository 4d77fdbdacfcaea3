import { expect } from 'vitest';
import { InputError } from '../../src/base/errors.js';

/** Awaits `p`, expecting it to reject with an InputError, and returns that error for further assertions. */
export async function expectInputError(p: Promise<unknown>): Promise<InputError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}
