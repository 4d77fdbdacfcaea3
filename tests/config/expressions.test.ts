import { describe, expect, it } from 'vitest';
import {
  ExpressionError,
  conditionHolds,
  evaluate,
  parseExpression,
  parseTemplate,
  renderTemplate,
  stepsReferenced,
} from '../../src/config/expressions.js';
import type { Scope } from '../../src/config/expressions.js';

function scope(over: Partial<Scope> = {}): Scope {
  return {
    env: { NAME: 'runlens', EMPTY: '' },
    matrix: { python: '3.12' },
    platform: { kind: 'github', event: 'pull_request', branch: 'feature/x' },
    steps: (id) => (id === 'build' ? { status: 'passed', outputs: { version: '1.2.3', notes: 'a\nb' } } : undefined),
    needs: [{ status: 'passed' }],
    cancelling: false,
    changed: (globs) => globs.some((g) => g === 'src/**'),
    ...over,
  };
}

const ev = (src: string, s: Scope = scope()): unknown => evaluate(parseExpression(src), s);

function parseError(src: string): ExpressionError {
  try {
    parseExpression(src);
  } catch (err) {
    if (err instanceof ExpressionError) return err;
    throw err;
  }
  throw new Error(`${src} parsed`);
}

describe('expressions: values and operators', () => {
  it('reads literals', () => {
    expect(ev("'it''s'")).toBe("it's");
    expect(ev('"double"')).toBe('double');
    expect(ev('42')).toBe(42);
    expect(ev('-1.5')).toBe(-1.5);
    expect(ev('true')).toBe(true);
    expect(ev('false')).toBe(false);
    expect(ev('null')).toBe(null);
  });

  it('reads env, matrix, platform and steps', () => {
    expect(ev('env.NAME')).toBe('runlens');
    expect(ev('env.MISSING')).toBe(null);
    expect(ev('matrix.python')).toBe('3.12');
    expect(ev('platform.kind')).toBe('github');
    expect(ev('platform.event')).toBe('pull_request');
    expect(ev('platform.branch')).toBe('feature/x');
    expect(ev('steps.build.status')).toBe('passed');
    expect(ev('steps.build.outputs.version')).toBe('1.2.3');
    expect(ev('steps.build.outputs.notes')).toBe('a\nb');
    expect(ev('steps.build.outputs.none')).toBe(null);
  });

  it('== and != compare same types strictly and mixed types as text', () => {
    expect(ev("env.NAME == 'runlens'")).toBe(true);
    expect(ev("env.NAME != 'runlens'")).toBe(false);
    expect(ev("'3' == 3")).toBe(true);
    expect(ev("true == 'true'")).toBe(true);
    expect(ev("env.MISSING == ''")).toBe(true);
    expect(ev('1 == 2')).toBe(false);
  });

  it('&& and || short-circuit and return an operand; ! negates; parentheses group', () => {
    expect(ev("env.NAME && 'yes'")).toBe('yes');
    expect(ev("env.EMPTY && 'yes'")).toBe('');
    expect(ev("env.EMPTY || 'fallback'")).toBe('fallback');
    expect(ev('!env.EMPTY')).toBe(true);
    expect(ev('!!env.NAME')).toBe(true);
    expect(ev('true || false && false')).toBe(true);
    expect(ev('(true || false) && false')).toBe(false);
    expect(ev("!(platform.kind == 'gitlab')")).toBe(true);
  });

  it('contains, startsWith and changed', () => {
    expect(ev("contains(platform.branch, 'feat')")).toBe(true);
    expect(ev("contains(platform.branch, 'main')")).toBe(false);
    expect(ev("startsWith(platform.branch, 'feature/')")).toBe(true);
    expect(ev("startsWith(platform.branch, 'x')")).toBe(false);
    expect(ev("changed('docs/**')")).toBe(false);
    expect(ev("changed('docs/**', 'src/**')")).toBe(true);
  });

  it('status functions read the needs', () => {
    const failedNeed = scope({ needs: [{ status: 'passed' }, { status: 'failed' }] });
    expect(ev('success()')).toBe(true);
    expect(ev('failure()')).toBe(false);
    expect(ev('success()', failedNeed)).toBe(false);
    expect(ev('failure()', failedNeed)).toBe(true);
    expect(ev('failure()', scope({ needs: [{ status: 'failed', allowedFailure: true }] }))).toBe(false);
    expect(ev('always()', failedNeed)).toBe(true);
    expect(ev('cancelled()')).toBe(false);
    expect(ev('cancelled()', scope({ needs: [{ status: 'cancelled' }] }))).toBe(true);
    expect(ev('cancelled()', scope({ cancelling: true }))).toBe(true);
  });

  it('an if without a status function means success() && (…)', () => {
    const failedNeed = scope({ needs: [{ status: 'failed' }] });
    expect(conditionHolds(parseExpression('true'), failedNeed)).toBe(false);
    expect(conditionHolds(parseExpression('always() && true'), failedNeed)).toBe(true);
    expect(conditionHolds(parseExpression("env.NAME == 'runlens'"), scope())).toBe(true);
    expect(conditionHolds(parseExpression("env.NAME == 'other'"), scope())).toBe(false);
  });

  it('templates substitute expressions into text', () => {
    const t = parseTemplate('v${{ steps.build.outputs.version }}-${{ matrix.python }}${{ env.MISSING }}');
    expect(renderTemplate(t, scope())).toBe('v1.2.3-3.12');
    expect(stepsReferenced(parseExpression("steps.a.status == 'passed' && contains(steps.b.outputs.x, 'y')"))).toEqual(['a', 'b']);
  });
});

describe('expressions: errors say what and where', () => {
  it.each([
    ["env.NAME = 'x'", '"=" is not an operator; write ==', 9],
    ['a == b', 'unknown name "a"', 0],
    ['env.A & env.B', '"&" is not an operator; write &&', 6],
    ['env.A | env.B', '"|" is not an operator; write ||', 6],
    ["'open", "unterminated string: add the closing '", 0],
    ['(true', 'expected a closing ")", found the end of the expression', 5],
    ['true)', 'unexpected ")"; join conditions with && or ||', 4],
    ['true false', 'unexpected "false"', 5],
    ['nope()', 'unknown function nope()', 0],
    ["contains('a')", 'contains() takes 2 arguments, not 1', 0],
    ['success(1)', 'success() takes 0 arguments, not 1', 0],
    ['changed()', 'changed() takes at least 1 argument, not 0', 0],
    ['platform.os', 'platform.os does not exist', 9],
    ['steps.build.result', 'steps.build.result does not exist', 12],
    ['steps.build', 'expected a "."', 11],
    ['env.', 'expected a name after "."', 4],
    ['!', 'expected a value, found the end of the expression', 1],
    ['==', 'expected a value, found "=="', 0],
    ['env.A @ 1', 'unexpected character "@"', 6],
  ])('%s', (src, message, offset) => {
    const err = parseError(src);
    expect(err.message).toContain(message);
    expect(err.offset).toBe(offset);
  });

  it('a template error points into the value', () => {
    expect(() => parseTemplate('x ${{ env.A')).toThrow('"${{" without a closing "}}"');
    try {
      parseTemplate('ab${{ nope }}');
    } catch (err) {
      expect((err as ExpressionError).offset).toBe(6);
    }
  });
});
