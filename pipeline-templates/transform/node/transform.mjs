// Data transformation: moving average and z-score of a numeric series (CSV in, CSV out).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function movingAverage(values, window) {
  return values.map((_, i) => {
    const chunk = values.slice(Math.max(0, i - window + 1), i + 1);
    return chunk.reduce((a, b) => a + b, 0) / chunk.length;
  });
}

export function zscore(values) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  return values.map((v) => (sd ? (v - mean) / sd : 0));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [source = 'data/signal.csv', out = 'out/features.csv', window = '3'] = process.argv.slice(2);
  // runlens hands each step its trace context: a traced library would start its spans from it.
  console.log(`trace context: ${process.env.TRACEPARENT ?? '(none: not run by runlens)'}`);
  const rows = readFileSync(source, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const values = rows.map(([, v]) => Number(v));
  const ma = movingAverage(values, Number(window));
  const z = zscore(values);
  const lines = rows.map(([t], i) => [t, values[i], ma[i], z[i]].join(','));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, ['t,value,moving_average,zscore', ...lines].join('\n') + '\n');
  console.log(`${rows.length} points, window ${window} -> ${out}`);
}
