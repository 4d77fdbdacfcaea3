// "Did you mean …?" for unknown keys, enum values, step ids and check kinds.
import { distance } from 'fastest-levenshtein';

/**
 * The known name closest to `input`, but only when it is close enough to be a typo of it: a suggestion
 * that is merely the least-different word (`foo` → `env`) reads as noise, so far matches return undefined.
 */
export function suggest(input: string, known: Iterable<string>): string | undefined {
  const typed = input.toLowerCase();
  // Short words have few letters to spare: `ab` → `cd` is two edits but no typo.
  const limit = typed.length <= 3 ? 1 : typed.length <= 7 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const lower = name.toLowerCase();
    const d = isAdjacentSwap(typed, lower) ? 1 : distance(typed, lower);
    if (d < bestDistance && d < name.length) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= limit && best !== input ? best : undefined;
}

/** `rnu` → `run`: Levenshtein counts a swap of neighbours as two edits, a typist makes it in one. */
function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
