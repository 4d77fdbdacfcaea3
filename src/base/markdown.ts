// Putting user data (file names, messages, test names) into GitHub-flavoured Markdown without it
// turning into markup: a `|` would split a table cell, `<script>`/`<details>` would be HTML.

const MARKDOWN_SPECIALS = /[\\`*_[\]|~#!]/g;

/** Text safe inside a Markdown paragraph or table cell: one line, HTML and Markdown neutralised. */
export function escapeMarkdown(text: string, maxLength = 1000): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SPECIALS, (c) => `\\${c}`);
}

/**
 * A link whose text is escaped and whose URL cannot break out of the parentheses. URLs come from
 * other tools' SARIF too, so anything but http(s) (`javascript:`…) is shown as plain text.
 */
export function markdownLink(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeMarkdown(text);
  const safeUrl = url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(text)}](${safeUrl})`;
}

export function tableHeader(columns: Array<{ title: string; align?: 'left' | 'right' | 'center' }>): string {
  const head = `| ${columns.map((c) => c.title).join(' | ')} |`;
  const rule = `| ${columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---')).join(' | ')} |`;
  return `${head}\n${rule}`;
}

/** One table row; cells must already be escaped (or be trusted Markdown). */
export function tableRow(cells: string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

/**
 * Markdown blocks joined by exactly one blank line. GitHub's renderer (cmark-gfm) needs it: a heading
 * right after `</details>` stays inside the HTML block as text, a line right after a table becomes a row.
 */
export function joinBlocks(...blocks: Array<string | undefined>): string {
  const parts = blocks.map((b) => b?.replace(/^\n+|\s+$/g, '')).filter((b): b is string => !!b);
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}
