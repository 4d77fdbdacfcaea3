// Masked values never reach a step log or the console, whatever the platform does with them.
export const MASK = '***';

export class Redactor {
  private secrets: string[] = [];

  /** Each line of a multi-line value is masked on its own, since output is handled line by line. */
  add(value: string): void {
    for (const part of value.split(/\r?\n/)) {
      if (part.length > 0 && !this.secrets.includes(part)) this.secrets.push(part);
    }
    // Longest first, so a secret containing another is masked whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  redact(line: string): string {
    let out = line;
    for (const s of this.secrets) if (out.includes(s)) out = out.replaceAll(s, MASK);
    return out;
  }
}
