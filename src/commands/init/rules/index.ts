// Every detection rule, in the order their steps appear. A new ecosystem or tool is one module here.
import type { Rule } from '../types.js';
import { gitleaksRule } from './gitleaks.js';
import { goRule } from './go.js';
import { goldenRule } from './golden.js';
import { jvmRule } from './jvm.js';
import { nodeRule } from './node.js';
import { phpRule } from './php.js';
import { pythonRule } from './python.js';
import { rubyRule } from './ruby.js';
import { rustRule } from './rust.js';
import { semgrepRulesRule } from './semgrep-rules.js';

export const RULES: readonly Rule[] = [
  nodeRule,
  pythonRule,
  goRule,
  rustRule,
  jvmRule,
  rubyRule,
  phpRule,
  gitleaksRule,
  semgrepRulesRule,
  goldenRule,
];
