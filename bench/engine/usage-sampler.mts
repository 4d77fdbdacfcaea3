// The cost of per-step usage sampling (src/engine/usage.ts): one /proc walk of a small process tree.
// Run: npx tsx bench/engine/usage-sampler.mts
import { spawn } from 'node:child_process';
import { UsageSampler } from '../../src/engine/usage.js';
const child = spawn('bash', ['-c', 'for i in 1 2 3 4; do sleep 5 & done; wait'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 200));
const real = new UsageSampler(child.pid!);
real.pause();
const N = 2000;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) (real as unknown as { sample(): void }).sample();
const per = Number(process.hrtime.bigint() - t0) / N / 1000;
console.log(`one sample of a 5-process tree: ${per.toFixed(1)} µs; at 4 samples/s: ${((per * 4) / 1e4).toFixed(3)}% of a core`);
child.kill('SIGKILL');
process.exit(0);
