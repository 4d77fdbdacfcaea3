// Every byte a run wrote below a directory, for the canary tests that prove no secret value is in any of it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Each file below `dir`: its path relative to `dir` and its bytes as latin1 (binary files too, byte for byte). */
export async function filesBelow(dir: string): Promise<Array<[string, string]>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e): Promise<[string, string]> => {
        const f = path.join(e.parentPath, e.name);
        return [path.relative(dir, f), (await readFile(f)).toString('latin1')];
      }),
  );
}

/** All files below `dir`, concatenated. */
export async function everyFile(dir: string): Promise<string> {
  return (await filesBelow(dir)).map(([, text]) => text).join('');
}
