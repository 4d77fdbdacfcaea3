import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The layer-rule messages ESLint reports for `code` as if it were the file `file` (nothing is written). */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('the layer lint (npm run lint)', () => {
  it('fails a check that imports the engine', async () => {
    const errors = await layerErrors(
      'src/checks/example/run.ts',
      "import { runProcess } from '../../engine/process.js';\nexport const run = runProcess;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/checks sits below what it imports');
  });

  it('fails a type-only import up the stack too', async () => {
    const errors = await layerErrors(
      'src/model/example.ts',
      "import type { Platform } from '../platform/platform.js';\nexport type P = Platform;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('fails a reporter that imports a door', async () => {
    expect(await layerErrors('src/report/example.ts', "export { main } from '../main.js';\n")).toHaveLength(1);
  });

  it('lets a layer import from below', async () => {
    const code =
      "import type { RunResult } from '../model/result.js';\nimport { formatDuration } from '../base/duration.js';\nexport type R = RunResult;\nexport const f = formatDuration;\n";
    expect(await layerErrors('src/report/example.ts', code)).toEqual([]);
  });

  it('reports an import it cannot resolve, so nothing slips past the layer rule', async () => {
    const [result] = await eslint.lintText("export { x } from '../engine/nowhere.js';\n", {
      filePath: path.join(root, 'src/checks/example.ts'),
    });
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-unresolved');
  });
});
