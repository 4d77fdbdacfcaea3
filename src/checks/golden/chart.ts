// A Mermaid `xychart-beta` of a case's error series for the job summary. Values are scaled to a
// power of ten named in the axis title, because the chart syntax takes plain decimals only.
import { formatNumber, type ErrorSeries } from './comparison.js';

export function errorChart(title: string, series: ErrorSeries, threshold?: number): string | undefined {
  const finite = series.maxAbs.filter((v) => Number.isFinite(v));
  const top = Math.max(0, ...finite);
  if (top === 0 || series.maxAbs.length < 2) return undefined;
  const exponent = Math.floor(Math.log10(top));
  const scale = 10 ** exponent;
  // Infinite errors (inf against a number) are drawn at the top of the chart.
  const values = series.maxAbs.map((v) => (Number.isFinite(v) ? v : top) / scale);
  const fmt = (v: number) => String(Number(v.toFixed(4)));
  const unitLabel = exponent === 0 ? '' : ` (×1e${exponent})`;
  const last = series.starts.at(-1)!;
  const width = series.starts.length > 1 ? series.starts[1]! - series.starts[0]! : 1;
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${escape(title)}: largest |actual − expected| per ${width === 1 ? series.unit : `${width.toLocaleString('en-US')} ${series.unit}s`}"`,
    `  x-axis "${series.unit}" ${series.starts[0]} --> ${Math.max(last, series.total)}`,
    `  y-axis "abs error${unitLabel}" 0 --> ${fmt(Math.max(...values, threshold !== undefined ? threshold / scale : 0) * 1.05)}`,
    `  line [${values.map(fmt).join(', ')}]`,
  ];
  if (threshold !== undefined && threshold > 0 && threshold / scale >= 0.01) {
    lines.push(`  line [${values.map(() => fmt(threshold / scale)).join(', ')}]`);
  }
  lines.push('```');
  if (threshold !== undefined && threshold > 0 && threshold / scale >= 0.01) {
    lines.push(`<sub>The flat line is the absolute tolerance, ${formatNumber(threshold)}.</sub>`);
  }
  return lines.join('\n');
}

function escape(s: string): string {
  return s.replace(/"/g, "'");
}
