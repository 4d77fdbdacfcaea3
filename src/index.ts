// The bundle's one entry, behind both doors: dist/index.js is the action; dist/cli.js is a two-line
// shim that marks the CLI door and imports this file. Each door, and each heavy part behind it, is
// a chunk loaded on demand, so a run pays only for what it uses.
import module from 'node:module';
import { unsupportedNode } from './base/node-version.js';

// Before any other module loads: on an old Node the first import would crash with an unrelated TypeError.
const tooOld = unsupportedNode();
if (tooOld) {
  process.stderr.write(`error: ${tooOld}\n`);
  // Exit 2: a usage problem (the wrong Node), not a runlens bug.
  process.exitCode = 2;
} else {
  // Laptops and self-hosted runners start faster from the second run on; a fresh hosted runner gains nothing and loses nothing.
  module.enableCompileCache?.();

  const args = process.argv.slice(2);
  if ((globalThis as { runlensDoor?: string }).runlensDoor === 'cli') {
    // `runlens --version` needs none of the CLI (commander, the engine): answer before loading it.
    if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
      const { RUNLENS_VERSION } = await import('./base/version.js');
      process.stdout.write(`${RUNLENS_VERSION}\n`);
    } else await import('./cli.js');
  } else {
    const { run } = await import('./main.js');
    await run();
  }
}
