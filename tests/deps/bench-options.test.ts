import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../bench/deps/options.mjs';
import { depsOptions } from '../../src/checks/deps/options.js';

describe('bench/deps options', () => {
  it("are exactly the deps step's defaults", () => {
    expect({ ...OPTIONS, source: 'db' }).toEqual(depsOptions.parse({ source: 'db' }));
  });
});
