import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/registry.js';
import { CHECKS_END, CHECKS_START, checksTableMarkdown, withChecksTable } from '../../src/config/checks-doc.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const readmeOf = (kind: string): string | undefined => {
  const rel = `src/checks/${kind}/README.md`;
  return existsSync(path.join(root, rel)) ? rel : undefined;
};

describe('the table of built-in checks', () => {
  it('has one row per registered check, in registration order', () => {
    const kinds = checksTableMarkdown(readmeOf)
      .split('\n')
      .slice(2)
      .map((r) => /^\| `([^`]+)` \|/.exec(r)?.[1]);
    expect(kinds).toEqual(allChecks().map((c) => c.kind));
  });

  it('says what each check finds, whether it is in the default pipeline, the programs it needs and links its README', () => {
    const table = checksTableMarkdown(
      () => 'src/checks/x/README.md',
      [
        {
          kind: 'x',
          description: 'Does x | y.',
          category: 'sast',
          defaultPipeline: true,
          requires: [{ program: 'xlint', versionArgs: ['-V'], install: 'pipx install xlint' }],
        },
      ],
    );
    expect(table.split('\n')[2]).toBe(
      '| `x` | Does x \\| y. | code issues (SAST) | yes | `xlint` | [src/checks/x/README.md](src/checks/x/README.md) |',
    );
  });

  it('is current in README.md (`npm run schema` rewrites it)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme, 'the table of built-in checks in README.md is stale: run `npm run schema`').toBe(withChecksTable(readme, readmeOf));
  });

  it('says which markers a README without them needs', () => {
    expect(() => withChecksTable('# Title\n', readmeOf)).toThrow(`README.md needs the markers ${CHECKS_START} and ${CHECKS_END}`);
  });
});
