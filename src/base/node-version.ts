// The Node.js runlens needs, checked by the entry before anything else loads: on an older Node a
// dependency dies while being imported (Node 20 lacks Set.prototype.union) with a TypeError that says
// nothing about the cause. Imports nothing, so it runs on any Node that can parse it.

/** Kept equal to package.json's `engines.node` by tests/doors/node-version.test.ts. */
export const MIN_NODE = { major: 22, minor: 15 } as const;

/** Why this Node cannot run runlens, with what to do; undefined when it can. */
export function unsupportedNode(version: string = process.versions.node): string | undefined {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major > MIN_NODE.major || (major === MIN_NODE.major && minor >= MIN_NODE.minor)) return undefined;
  const min = `${MIN_NODE.major}.${MIN_NODE.minor}`;
  return (
    `runlens needs Node.js ${min} or newer; this is Node.js v${version.replace(/^v/, '')}.\n` +
    `  Install Node 24 (the current LTS), or run it through npx: \`npx -p node@24 -p runlens runlens …\`.\n` +
    `  In GitHub Actions the runlens action brings its own Node 24; in GitLab CI use an image such as node:24.`
  );
}
