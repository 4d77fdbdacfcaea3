// GitHub's Markdown, as its renderer (cmark-gfm) reads it: micromark with the GFM extension follows the
// same spec (CommonMark + GFM tables, strikethrough, autolinks, task lists). Tests read the STRUCTURE of
// the HTML — which headings, which tables with how many rows, which details blocks — not only the text.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

export interface GfmStructure {
  /** `h2 ✅ name passed…`: each heading, its level and its text. */
  headings: string[];
  /** Each table: its header cells, and its body rows' first cells. */
  tables: Array<{ header: string[]; rows: string[][] }>;
  /** How many `<details>` open, and how many close. */
  details: { open: number; close: number };
  /** Text of paragraphs (tags stripped). */
  paragraphs: string[];
}

const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

export function gfmStructure(markdown: string): GfmStructure {
  const html = renderGfm(markdown);
  const headings = [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].map((m) => `h${m[1]} ${strip(m[2]!)}`);
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => {
    const cells = (row: string) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => strip(c[1]!));
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(m[1]!)?.[1] ?? '';
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(m[1]!)?.[1] ?? '';
    return { header: cells(head), rows: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => cells(r[1]!)) };
  });
  const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => strip(m[1]!));
  return {
    headings,
    tables,
    details: { open: (html.match(/<details>/g) ?? []).length, close: (html.match(/<\/details>/g) ?? []).length },
    paragraphs,
  };
}
