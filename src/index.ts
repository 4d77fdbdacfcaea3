// The bundle's one entry, behind both doors: dist/index.js is the action; dist/cli.js is a two-line
// shim that marks the CLI door and imports this file. Each door, and each heavy part behind it, is
// a chunk loaded on demand, so a run pays only for what it uses.
import module from 'node:module';

// Laptops and self-hosted runners start faster from the second run on; a fresh hosted runner gains nothing and loses nothing.
module.enableCompileCache?.();

if ((globalThis as { runlensDoor?: string }).runlensDoor === 'cli') {
  await import('./cli.js');
} else {
  const { run } = await import('./main.js');
  await run();
}
