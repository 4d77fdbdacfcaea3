#!/usr/bin/env node
globalThis.runlensDoor = 'cli';
await import('./index.js');
