// Start-up (issue 13): building zod schemas is a large part of it, so each check's `with:` schema is built
// the first time a step of its kind is validated (checks/check.ts, lazyOptions), never for a run without one.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { lazyOptions } from '../../src/checks/check.js';
import { allChecks } from '../../src/checks/registry.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { loadConfig } from '../../src/config/load.js';

/** Records which kinds' schemas get built from now on (each lazy schema calls its getter once, when first used). */
function watchBuilds(): string[] {
  const built: string[] = [];
  for (const check of allChecks()) {
    const def = (check.options as unknown as z.ZodLazy)._zod.def;
    const getter = def.getter;
    def.getter = () => {
      built.push(check.kind);
      return getter();
    };
  }
  return built;
}

async function workspace(config: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-lazy-options-'));
  await writeFile(path.join(dir, 'runlens.yml'), config);
  return dir;
}

describe("checks' options schemas", () => {
  it('are built on first use, once', () => {
    let builds = 0;
    const options = lazyOptions(() => {
      builds++;
      return z.object({ n: z.number().default(1) }).strict();
    });
    expect(builds).toBe(0);
    expect(options.parse({})).toEqual({ n: 1 });
    expect(options.safeParse({ m: 2 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('are declared lazily by every built-in check', () => {
    for (const check of allChecks()) expect((check.options as unknown as z.ZodType)._zod.def.type, check.kind).toBe('lazy');
  });

  it("are built only for the kinds a config uses, and all of them for the config's JSON Schema", async () => {
    const built = watchBuilds();
    await loadConfig({ cwd: await workspace('version: 1\nsteps:\n  noop: { run: ["true"] }\n'), env: {} });
    expect(built).toEqual([]);

    const { config } = await loadConfig({
      cwd: await workspace('version: 1\nsteps:\n  lint: { uses: sarif, with: { files: lint.sarif } }\n'),
      env: {},
    });
    expect(built).toEqual(['sarif']);
    // Built, the schema still validates and applies what it says.
    expect(config.steps.lint!.with).toEqual({ files: ['lint.sarif'] });

    configJsonSchema();
    expect(new Set(built)).toEqual(new Set(allChecks().map((c) => c.kind)));
  });
});
