// The expression language of `if:` and of `${{ … }}` in `env:` values: a small parser and evaluator (no
// `eval`). Parsing happens when the plan is built (`runlens validate`), so a typo is a config error with
// file:line:col; evaluation happens in the engine, when the step's needs are done.
//
//   expr     := or
//   or       := and ('||' and)*
//   and      := unary ('&&' unary)*
//   unary    := '!' unary | compare
//   compare  := primary (('==' | '!=') primary)?
//   primary  := literal | '(' expr ')' | name '(' args ')' | path
//   path     := env.NAME | matrix.NAME | platform.(kind|event|branch) | steps.ID.status | steps.ID.outputs.NAME
//   literal  := 'text' | "text" | 12 | 1.5 | true | false | null

export type Value = string | number | boolean | null;

export type Expr =
  | { type: 'literal'; value: Value }
  | { type: 'path'; root: 'env' | 'matrix' | 'platform'; name: string }
  | { type: 'step'; step: string; field: 'status' | 'outputs'; name?: string }
  | { type: 'not'; operand: Expr }
  | { type: 'binary'; op: '==' | '!=' | '&&' | '||'; left: Expr; right: Expr }
  | { type: 'call'; name: FunctionName; args: Expr[] };

const FUNCTIONS = {
  success: [0, 0],
  failure: [0, 0],
  always: [0, 0],
  cancelled: [0, 0],
  contains: [2, 2],
  startsWith: [2, 2],
  changed: [1, Infinity],
} as const;
type FunctionName = keyof typeof FUNCTIONS;
export const STATUS_FUNCTIONS: readonly FunctionName[] = ['success', 'failure', 'always', 'cancelled'];
const PLATFORM_FIELDS = ['kind', 'event', 'branch'];

/** A parse error; `offset` is 0-based in the expression text. */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface Token {
  kind: 'op' | 'string' | 'number' | 'name' | 'end';
  text: string;
  value?: Value;
  at: number;
}

const OPERATORS = ['==', '!=', '&&', '||', '!', '(', ')', ',', '.'];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', text: op, at: i });
      i += op.length;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) throw new ExpressionError(`unterminated string: add the closing ${c}`, i);
        if (src[j] === c) {
          if (src[j + 1] === c) {
            text += c;
            j += 2;
            continue;
          }
          break;
        }
        text += src[j];
        j++;
      }
      out.push({ kind: 'string', text: src.slice(i, j + 1), value: text, at: i });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(?:\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ kind: 'number', text: num[0], value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (name) {
      out.push({ kind: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    if (c === '=' || c === '&' || c === '|') throw new ExpressionError(`"${c}" is not an operator; write ${c === '=' ? '==' : c + c}`, i);
    throw new ExpressionError(`unexpected character "${c}"`, i);
  }
  out.push({ kind: 'end', text: 'the end of the expression', at: src.length });
  return out;
}

/** Parses an expression; throws ExpressionError with the offset of the problem. */
export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token => tokens[pos]!;
  const next = (): Token => tokens[pos++]!;
  const isOp = (text: string): boolean => peek().kind === 'op' && peek().text === text;
  const expect = (text: string, what: string): void => {
    if (!isOp(text)) throw new ExpressionError(`expected ${what}, found ${describe(peek())}`, peek().at);
    pos++;
  };
  const name = (what: string): Token => {
    const t = next();
    if (t.kind !== 'name') throw new ExpressionError(`expected ${what}, found ${describe(t)}`, t.at);
    return t;
  };

  const or = (): Expr => {
    let left = and();
    while (isOp('||')) {
      next();
      left = { type: 'binary', op: '||', left, right: and() };
    }
    return left;
  };
  const and = (): Expr => {
    let left = unary();
    while (isOp('&&')) {
      next();
      left = { type: 'binary', op: '&&', left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => {
    if (isOp('!')) {
      next();
      return { type: 'not', operand: unary() };
    }
    const left = primary();
    if (isOp('==') || isOp('!=')) {
      const op = next().text as '==' | '!=';
      return { type: 'binary', op, left, right: primary() };
    }
    return left;
  };
  const primary = (): Expr => {
    const t = next();
    if (t.kind === 'string' || t.kind === 'number') return { type: 'literal', value: t.value! };
    if (t.kind === 'op' && t.text === '(') {
      const inner = or();
      expect(')', 'a closing ")"');
      return inner;
    }
    if (t.kind !== 'name') throw new ExpressionError(`expected a value, found ${describe(t)}`, t.at);
    if (t.text === 'true' || t.text === 'false') return { type: 'literal', value: t.text === 'true' };
    if (t.text === 'null') return { type: 'literal', value: null };
    if (isOp('(')) return call(t);
    return path(t);
  };
  const call = (fn: Token): Expr => {
    if (!(fn.text in FUNCTIONS)) {
      throw new ExpressionError(`unknown function ${fn.text}(); the functions are ${Object.keys(FUNCTIONS).join('(), ')}()`, fn.at);
    }
    const fname = fn.text as FunctionName;
    next();
    const args: Expr[] = [];
    if (!isOp(')')) {
      args.push(or());
      while (isOp(',')) {
        next();
        args.push(or());
      }
    }
    expect(')', 'a "," or a closing ")"');
    const [min, max] = FUNCTIONS[fname];
    if (args.length < min || args.length > max) {
      const want = min === max ? `${min} argument${min === 1 ? '' : 's'}` : `at least ${min} argument${min === 1 ? '' : 's'}`;
      throw new ExpressionError(`${fname}() takes ${want}, not ${args.length}`, fn.at);
    }
    return { type: 'call', name: fname, args };
  };
  const field = (): string => {
    expect('.', 'a "."');
    return name('a name after "."').text;
  };
  const path = (root: Token): Expr => {
    switch (root.text) {
      case 'env':
      case 'matrix':
        return { type: 'path', root: root.text, name: field() };
      case 'platform': {
        const at = peek().at + 1;
        const f = field();
        if (!PLATFORM_FIELDS.includes(f))
          throw new ExpressionError(`platform.${f} does not exist; use platform.kind, platform.event or platform.branch`, at);
        return { type: 'path', root: 'platform', name: f };
      }
      case 'steps': {
        const step = field();
        const at = peek().at + 1;
        const f = field();
        if (f === 'status') return { type: 'step', step, field: 'status' };
        if (f === 'outputs') return { type: 'step', step, field: 'outputs', name: field() };
        throw new ExpressionError(`steps.${step}.${f} does not exist; use steps.${step}.status or steps.${step}.outputs.NAME`, at);
      }
      default:
        throw new ExpressionError(
          `unknown name "${root.text}"; a value is a 'string', a number, true, false, null, env.NAME, matrix.NAME, steps.ID.outputs.NAME, steps.ID.status, platform.kind/event/branch or a function call`,
          root.at,
        );
    }
  };

  const expr = or();
  if (peek().kind !== 'end') throw new ExpressionError(`unexpected ${describe(peek())}; join conditions with && or ||`, peek().at);
  return expr;
}

function describe(t: Token): string {
  return t.kind === 'end' ? t.text : `"${t.text}"`;
}

/** A `${{ expr }}` template (an `env:` value): text and expressions, with their offsets in the value. */
export type Template = (string | { expr: Expr; offset: number })[];

export function parseTemplate(src: string): Template {
  const out: Template = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('${{', i);
    if (open < 0) {
      out.push(src.slice(i));
      break;
    }
    if (open > i) out.push(src.slice(i, open));
    const close = src.indexOf('}}', open + 3);
    if (close < 0) throw new ExpressionError('"${{" without a closing "}}"', open);
    const body = src.slice(open + 3, close);
    try {
      out.push({ expr: parseExpression(body), offset: open + 3 });
    } catch (err) {
      if (err instanceof ExpressionError) throw new ExpressionError(err.message, open + 3 + err.offset);
      throw err;
    }
    i = close + 2;
  }
  return out;
}

export function isTemplate(src: string): boolean {
  return src.includes('${{');
}

/** What an expression can see when it is evaluated. */
export interface Scope {
  env: Record<string, string | undefined>;
  matrix: Record<string, string>;
  platform: { kind: string; event: string; branch: string };
  /** The results of steps (their status as run.json spells it, and outputs). */
  steps: (id: string) => { status: string; outputs: Record<string, string> } | undefined;
  /** The statuses of the step's needs: success() / failure() / cancelled() read them. */
  needs: { status: string; allowedFailure?: boolean }[];
  /** The run is being cancelled. */
  cancelling: boolean;
  /** Whether a file changed matching these globs; undefined when the change set is unknown (treated as changed). */
  changed: (globs: string[]) => boolean;
}

export function evaluate(e: Expr, scope: Scope): Value {
  switch (e.type) {
    case 'literal':
      return e.value;
    case 'path':
      if (e.root === 'env') return scope.env[e.name] ?? null;
      if (e.root === 'matrix') return scope.matrix[e.name] ?? null;
      return scope.platform[e.name as keyof Scope['platform']] ?? null;
    case 'step': {
      const s = scope.steps(e.step);
      if (!s) return null;
      return e.field === 'status' ? s.status : (s.outputs[e.name!] ?? null);
    }
    case 'not':
      return !truthy(evaluate(e.operand, scope));
    case 'binary': {
      if (e.op === '&&') {
        const l = evaluate(e.left, scope);
        return truthy(l) ? evaluate(e.right, scope) : l;
      }
      if (e.op === '||') {
        const l = evaluate(e.left, scope);
        return truthy(l) ? l : evaluate(e.right, scope);
      }
      const eq = equal(evaluate(e.left, scope), evaluate(e.right, scope));
      return e.op === '==' ? eq : !eq;
    }
    case 'call': {
      const args = e.args.map((a) => evaluate(a, scope));
      switch (e.name) {
        case 'always':
          return true;
        case 'success':
          return !scope.cancelling && scope.needs.every((n) => n.status === 'passed' || n.allowedFailure === true);
        case 'failure':
          return scope.needs.some((n) => (n.status === 'failed' || n.status === 'timed-out') && !n.allowedFailure);
        case 'cancelled':
          return scope.cancelling || scope.needs.some((n) => n.status === 'cancelled');
        case 'contains':
          return text(args[0]!).includes(text(args[1]!));
        case 'startsWith':
          return text(args[0]!).startsWith(text(args[1]!));
        case 'changed':
          return scope.changed(args.map(text));
      }
    }
  }
}

/** Whether an `if:` holds; without a status function it means `success() && (expr)`, as on GitHub. */
export function conditionHolds(e: Expr, scope: Scope): boolean {
  const explicit = usesStatusFunction(e);
  const base = explicit ? true : evaluate({ type: 'call', name: 'success', args: [] }, scope);
  return truthy(base) && truthy(evaluate(e, scope));
}

export function usesStatusFunction(e: Expr): boolean {
  return callsAny(e, STATUS_FUNCTIONS);
}

/** Whether the expression calls one of these functions. */
export function callsAny(e: Expr, names: readonly string[]): boolean {
  switch (e.type) {
    case 'call':
      return names.includes(e.name) || e.args.some((a) => callsAny(a, names));
    case 'not':
      return callsAny(e.operand, names);
    case 'binary':
      return callsAny(e.left, names) || callsAny(e.right, names);
    default:
      return false;
  }
}

/** The step ids an expression reads (`steps.ID.…`). */
export function stepsReferenced(e: Expr): string[] {
  switch (e.type) {
    case 'step':
      return [e.step];
    case 'call':
      return e.args.flatMap(stepsReferenced);
    case 'not':
      return stepsReferenced(e.operand);
    case 'binary':
      return [...stepsReferenced(e.left), ...stepsReferenced(e.right)];
    default:
      return [];
  }
}

export function renderTemplate(t: Template, scope: Scope): string {
  return t.map((p) => (typeof p === 'string' ? p : text(evaluate(p.expr, scope)))).join('');
}

export function truthy(v: Value): boolean {
  return !(v === false || v === null || v === 0 || v === '');
}

/** Same type: strict equality. Different types: compared as text (`'3' == 3`, `true == 'true'`, `null == ''`). */
function equal(a: Value, b: Value): boolean {
  if (typeof a === typeof b) return a === b;
  return text(a) === text(b);
}

function text(v: Value): string {
  return v === null ? '' : String(v);
}
