// The shapes a secret's value takes when a step passes it on: base64 (standard and URL-safe, padded or
// not, and inside a longer base64 text such as a Basic auth header), URL-encoded, JSON-escaped, and each
// line of a multi-line value. The redactor hides every one of them, and the platform masks them too.

// A form derived from the value shorter than this would hide ordinary text; the value itself is always hidden.
const MIN_DERIVED = 6;

export function secretForms(value: string): string[] {
  const forms = new Set<string>();
  const lines = value.split(/\r?\n/).filter((l) => l.length > 0);
  for (const v of lines.length > 1 ? [value, ...lines] : [value]) {
    if (v.length === 0) continue;
    if (!v.includes('\n')) forms.add(v);
    const derived = [...base64Forms(v), encodeURIComponent(v), encodeURIComponent(v).replace(/%20/g, '+'), JSON.stringify(v).slice(1, -1)];
    for (const d of derived) if (d.length >= MIN_DERIVED && d !== v) forms.add(d);
  }
  return [...forms];
}

function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out: string[] = [];
  const both = (s: string): void => {
    out.push(s, s.replace(/\+/g, '-').replace(/\//g, '_'));
  };
  const whole = bytes.toString('base64');
  both(whole);
  both(whole.replace(/=+$/, ''));
  // Inside a longer text its encoding depends on where it starts (offset mod 3); keep the characters
  // that come from the value's bytes alone.
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    const head = k === 0 ? 0 : k === 1 ? 2 : 3;
    const tail = (bytes.length + k) % 3 === 0 ? 0 : 1;
    const core = encoded.slice(head, encoded.length - tail);
    if (core.length >= MIN_DERIVED) both(core);
  }
  return out;
}
