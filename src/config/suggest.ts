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
    const d = distance(typed, name.toLowerCase());
    if (d < bestDistance && d < name.length) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= limit && best !== input ? best : undefined;
}
