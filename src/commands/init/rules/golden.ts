// Golden and snapshot folders: snapshot tests run inside the test runner; golden data needs the output it is compared with.
import type { Rule } from '../types.js';

const GOLDEN = /(^|\/)(golden|goldens|testdata\/golden|expected)$/;
const CODE = /\.(ts|tsx|js|mjs|cjs|py|go|rs|java|kt|rb|php)$/;
const SNAPSHOT = /(^|\/)(__snapshots__|snapshots)$/;

export const goldenRule: Rule = {
  id: 'golden',
  detect(repo) {
    // A folder of golden *data*: code folders that happen to be named so (a golden-file library) are not.
    const golden = repo.dirs().filter((d) => {
      if (!GOLDEN.test(d)) return false;
      const inside = repo.files().filter((f) => f.startsWith(`${d}/`));
      return inside.length > 0 && !inside.some((f) => CODE.test(f));
    });
    const snapshots = repo.dirs().filter((d) => SNAPSHOT.test(d));
    if (!golden.length && !snapshots.length) return undefined;
    const notes: string[] = [];
    for (const g of golden)
      notes.push(
        `golden: ${g}/ holds golden data; to compare outputs with it add a step \`{ uses: golden, needs: [build], with: { cases: [{ actual: out/{name}, expected: ${g}/{name} }] } }\` (init cannot tell which program writes the actual files)`,
      );
    for (const s of snapshots) notes.push(`golden: ${s}/ holds test-runner snapshots; they are checked by the test step`);
    return {
      rule: 'golden',
      evidence: [...golden, ...snapshots],
      found: [...golden.map((g) => `golden data ${g}/`), ...snapshots.map((s) => `snapshots ${s}/`)].join(', '),
      notes,
    };
  },
};
