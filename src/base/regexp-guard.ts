// Regular expressions a user wrote (problem matchers, golden scrubbers) run on output runlens does not
// control, in runlens's own thread: one catastrophic backtrack (`^(a+)+$` against a long line of `a`s)
// would freeze the event loop, and with it every step timeout. GitHub's runner bounds each match with a
// 1 s .NET regex timeout; V8 has no timeout, but it can switch a match that backtracks too much to its
// linear-time engine (same result, no backtracking). That covers every pattern the linear engine runs;
// the ones it cannot (backreferences, lookarounds) are refused when they also repeat a group holding a
// repeat or an alternation, or have three or more unbounded repeats — the shapes that backtrack
// exponentially or as a high power of the line length (src/checks/tool/README.md).

let guarded = false;

/** Once per process: excessive backtracking falls back to V8's linear-time engine. */
export function guardBacktracking(): void {
  if (guarded) return;
  guarded = true;
  process
    .getBuiltinModule('node:v8')
    .setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks --enable-experimental-regexp-engine');
}

/** Whether V8's linear-time engine runs `source` (then the fallback bounds it). */
function runsLinear(source: string, flags: string): boolean {
  guardBacktracking();
  try {
    new RegExp(source, `${flags.replace(/[gyd]/g, '')}l`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why matching `source` could take exponential (or high-polynomial) time, or undefined when it cannot: a
 * pattern the linear engine cannot take over (it holds a backreference or a lookaround) with a repeated
 * group that holds a repeat or an alternation (`(a+)+`, `(a|ab)*`, `(a?){20}`), or with three or more
 * unbounded repeats (`.*x.*y.*`).
 */
export function backtrackingRisk(source: string, flags = ''): string | undefined {
  if (runsLinear(source, flags)) return undefined;
  const shape = repeatShape(source);
  const why =
    'and the pattern uses a backreference or lookaround (which V8 cannot run in linear time), so a long line could make it backtrack for hours';
  if (shape.nested) return `the repeated group "${shape.nested}" holds a repeat or an alternation, ${why}`;
  if (shape.unbounded >= 3) return `it has ${shape.unbounded} unbounded repeats (*, +, {n,}), ${why}`;
  return undefined;
}

/** The first repeated group that holds a repeat or an alternation (as written), and how many unbounded repeats there are. */
function repeatShape(source: string): { nested?: string; unbounded: number } {
  // The length of a quantifier at i, and whether it repeats (anything but `?`) and without bound.
  const quantifier = (i: number): { length: number; repeats: boolean; unbounded: boolean } => {
    const c = source[i];
    if (c === '*' || c === '+') return { length: source[i + 1] === '?' ? 2 : 1, repeats: true, unbounded: true };
    if (c === '?') return { length: 1, repeats: false, unbounded: false };
    const m = c === '{' ? /^\{(\d*)(,(\d*))?\}\??/.exec(source.slice(i)) : null;
    if (!m) return { length: 0, repeats: false, unbounded: false };
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    return { length: m[0].length, repeats: max > 1, unbounded: max === Infinity };
  };
  const open: Array<{ at: number; repeats: boolean; alternates: boolean }> = [];
  let unbounded = 0;
  // After an atom: note its quantifier in the enclosing group; returns where the quantifier ends.
  const after = (i: number): number => {
    const q = quantifier(i + 1);
    if (q.length === 0) return i;
    if (q.unbounded) unbounded++;
    if (open.length > 0) open.at(-1)!.repeats = true;
    return i + q.length;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i = after(i + 1);
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i = after(i);
    } else if (c === '(') {
      open.push({ at: i, repeats: false, alternates: false });
    } else if (c === '|') {
      if (open.length > 0) open.at(-1)!.alternates = true;
    } else if (c === ')') {
      const group = open.pop();
      if (!group) continue;
      const q = quantifier(i + 1);
      if (q.repeats && (group.repeats || group.alternates)) return { nested: source.slice(group.at, i + 1 + q.length), unbounded };
      if (group.repeats && open.length > 0) open.at(-1)!.repeats = true;
      i = after(i);
    } else {
      i = after(i);
    }
  }
  return { unbounded };
}
