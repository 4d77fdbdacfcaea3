// `runlens doctor` and `uses: tool`: every preset's program is listed; a step needs only its own preset's.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { doctor } from '../../src/commands/doctor.js';
import { removeWorkspaces, workspace } from './support.js';

afterAll(removeWorkspaces);

describe('doctor with tool steps', () => {
  it('requires the programs of the presets the pipeline uses, and lists the others as optional', async () => {
    const ws = await workspace();
    await writeFile(
      path.join(ws, 'runlens.yml'),
      'version: 1\nsteps:\n  lint: { uses: tool, with: { preset: ruff } }\n  deps: { uses: tool, with: { preset: osv-scanner } }\n',
    );
    const checks = Object.fromEntries((await doctor({ workspace: ws, env: process.env })).map((c) => [c.name, c]));
    expect(checks['ruff']).toMatchObject({ required: true });
    expect(checks['osv-scanner']).toMatchObject({ required: true });
    for (const optional of ['bandit', 'eslint', 'shellcheck', 'hadolint', 'gitleaks', 'pip-audit', 'trivy']) {
      expect(checks[optional], optional).toMatchObject({ required: false });
      expect(checks[optional]!.detail).toContain('for uses: tool');
    }
  });
});
