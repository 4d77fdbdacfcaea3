// The run's one redactor: every string that leaves runlens (step logs, console, reports, annotations,
// outputs, comments, trace attributes) goes through it. It hides (a) every value masked in this run
// (found by the secrets step, taken from credential-named environment variables) and (b) whatever the
// secret rules find in text runlens did not write itself — a linter quoting a token, a failing test's
// message, a step's output — so a secret is hidden whether or not, and whenever, the secrets step ran.
// Markdown, JSON, XML and URL escaping come after it, never before: an escaped secret (`ghp\_…`) no
// longer matches anything.
import { redact as shortForm } from '../checks/secrets/redact.js';
import type { TextDetector } from '../checks/secrets/text-detector.js';
import type { SecretsOptions } from '../checks/secrets/options.js';

export const MASK = '***';

// Environment variables whose value is a credential by their name.
const CREDENTIAL_NAME = /token|secret|passw|passphrase|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth(?!or)/i;
// …except the ones that name something else.
const NOT_A_CREDENTIAL = /_(?:URL|URI|HOST|PATH|FILE|DIR|SOCK|TYPE|ID|NAME|USER|USERNAME|EMAIL)$|^SSH_AUTH_SOCK$/i;
// Variables holding `key=value,…` lists; the headers among them are sent to a telemetry backend.
const KEY_VALUE_LISTS = /^(?:OTEL_RESOURCE_ATTRIBUTES|OTEL_EXPORTER_OTLP(?:_[A-Z]+)?_HEADERS|INPUT_OTEL-HEADERS|RUNLENS_OTEL_HEADERS)$/;
const HEADER_LISTS = /HEADERS$/;
// A backslash before ASCII punctuation: how Markdown escapes it (src/base/markdown.ts).
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;
const BEGIN_KEY = /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
const END_KEY = /-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;

export interface RedactorOptions {
  /**
   * Told once of each value the rules find (not of values given to add()): the platform masks it
   * (`::add-mask::` on GitHub) the moment it is seen, so nothing printed after it can show it.
   */
  onSecret?: (value: string) => void;
  /** The secret rules over text (createRedactor loads the built-in ones); without, only add()ed values are hidden. */
  detector?: TextDetector;
}

/** A door's last words (an error, a stack trace): the rules and the environment's credentials are all that is known. */
export async function redactMessage(text: string, env: Record<string, string | undefined>): Promise<string> {
  try {
    const redactor = await createRedactor();
    redactor.addFromEnv(env);
    return redactor.redact(text);
  } catch {
    // Never throws: the error being reported must still be seen (the rules failing to load is a bug of its own).
    return text;
  }
}

/**
 * The run's redactor, with the built-in secret rules (loaded here, on demand: a chunk of their own) and
 * `customRules`: the `rules:` of the pipeline's secrets steps, so what a custom rule finds in the tree is
 * hidden as well wherever else it turns up (a step's output, a linter's message).
 */
export async function createRedactor(
  opts: Omit<RedactorOptions, 'detector'> & { customRules?: ReadonlyArray<SecretsOptions['rules'][number]> } = {},
): Promise<Redactor> {
  const { builtinTextDetector, lazyTextDetector } = await import('../checks/secrets/text-detector.js');
  const { customRules, ...rest } = opts;
  if (!customRules?.length) return new Redactor({ ...rest, detector: builtinTextDetector() });
  const [{ BUILTIN_RULES }, { customRule }] = await Promise.all([
    import('../checks/secrets/rules.js'),
    import('../checks/secrets/resolve-rules.js'),
  ]);
  const custom = customRules.map(customRule);
  const ids = new Set(custom.map((r) => r.id));
  return new Redactor({ ...rest, detector: lazyTextDetector([...BUILTIN_RULES.filter((r) => !ids.has(r.id)), ...custom]) });
}

/** One stream of lines (a step's output): a private key printed line by line is hidden whole. */
export interface LineRedactor {
  line(text: string): string;
}

export class Redactor {
  private secrets: string[] = [];
  private readonly known = new Set<string>();
  private readonly platformMasked = new Set<string>();
  private readonly detector: TextDetector | undefined;
  private readonly onSecret: ((value: string) => void) | undefined;

  constructor(opts: RedactorOptions = {}) {
    this.detector = opts.detector;
    this.onSecret = opts.onSecret;
  }

  /** Each line of a multi-line value is masked on its own, since output is handled line by line. */
  add(value: string): void {
    let added = false;
    for (const part of value.split(/\r?\n/)) {
      if (part.length > 0 && !this.known.has(part)) {
        this.known.add(part);
        this.secrets.push(part);
        added = true;
      }
    }
    // Longest first, so a secret containing another is masked whole.
    if (added) this.secrets.sort((a, b) => b.length - a.length);
  }

  /**
   * Hides `value` from now on and has the platform mask it (`onSecret`) — once per value: the secrets
   * step and the rules may both find the same token.
   */
  mask(value: string): void {
    this.add(value);
    if (this.platformMasked.has(value)) return;
    this.platformMasked.add(value);
    this.onSecret?.(value);
  }

  /** Credentials the run was given in its environment, by name (`*_TOKEN`, `*PASSWORD*`, …) or by the rules. */
  addFromEnv(env: Record<string, string | undefined>): void {
    for (const [name, value] of Object.entries(env)) {
      if (!value || value.length < 8 || /^(?:true|false|null|undefined)$/i.test(value)) continue;
      if (KEY_VALUE_LISTS.test(name)) this.addFromList(value, HEADER_LISTS.test(name));
      if (CREDENTIAL_NAME.test(name) && !NOT_A_CREDENTIAL.test(name)) this.add(value);
      else if (this.detector) for (const s of this.detector.secretsIn(`${name}=${value}`)) this.add(s);
    }
  }

  /**
   * A `key=value,key2=value2` list (OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_HEADERS, the otel-headers
   * input): a value under a credential-like key is hidden; with `allValues` (headers, sent to a backend:
   * API keys, tenant tokens under any name) every value is, and its part after `Bearer `/`Basic `.
   */
  private addFromList(list: string, allValues: boolean): void {
    for (const pair of list.split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).trim();
      const raw = pair.slice(eq + 1).trim();
      let value = raw;
      try {
        value = decodeURIComponent(raw);
      } catch {
        // Not %-encoded after all.
      }
      if (value.length < 8 || !(allValues || CREDENTIAL_NAME.test(key))) continue;
      // Both forms: a step printing its environment shows the encoded one.
      this.add(raw);
      this.add(value);
      const scheme = /^(?:Bearer|Basic|Token|ApiKey)\s+(\S{8,})$/i.exec(value);
      if (scheme) this.add(scheme[1]!);
    }
  }

  /** `text` with every known value as `***` and every secret the rules find as its short form (`ghp_****`). */
  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) if (out.includes(s)) out = out.replaceAll(s, MASK);
    if (this.detector?.mayMatch(out)) {
      for (const secret of this.detector.secretsIn(out)) {
        this.found(secret);
        out = out.replaceAll(secret, shortForm(secret));
      }
    }
    // Markdown a check rendered itself (its summary) may carry a secret escaped (`ghp\_…`), which neither
    // an exact value nor a rule matches: look again at the text with the escapes undone.
    return out.includes('\\') ? this.redactEscaped(out) : out;
  }

  private redactEscaped(text: string): string {
    const plain = text.replace(MARKDOWN_ESCAPE, '$1');
    if (plain === text) return text;
    const hidden = this.secrets.filter((s) => plain.includes(s));
    if (this.detector?.mayMatch(plain))
      for (const secret of this.detector.secretsIn(plain)) {
        this.found(secret);
        hidden.push(secret);
      }
    let out = text;
    for (const s of hidden) out = out.replace(escapedForm(s), MASK);
    return out;
  }

  /**
   * A copy of `value` with every string in it redacted (object keys kept): a StepResult, an Attempt, the
   * RunResult — redacted once, as a whole, before any reporter sees it.
   */
  redactDeep<T>(value: T): T {
    return this.walk(value) as T;
  }

  /** For one stream of lines; keeps the state a line alone cannot show (inside a private key block). */
  lines(): LineRedactor {
    let inKey = false;
    return {
      line: (text) => {
        if (inKey) {
          if (END_KEY.test(text)) inKey = false;
          else return MASK;
        } else if (text.includes('-----BEGIN') && BEGIN_KEY.test(text) && !END_KEY.test(text)) {
          inKey = true;
        }
        return this.redact(text);
      },
    };
  }

  private found(secret: string): void {
    if (this.known.has(secret)) return;
    this.mask(secret);
    // Runners match their output line by line; the BEGIN/END armour lines are not secret.
    if (secret.includes('\n'))
      for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 8 && !line.startsWith('-----')) this.mask(line.trim());
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.walk(v);
      return out;
    }
    return value;
  }
}

/** `value` as it reads with any of its punctuation backslash-escaped (`ghp_x` → /ghp\\?_x/g). */
function escapedForm(value: string): RegExp {
  // Outside unicode mode a backslash before any punctuation is an identity escape: no special character survives.
  const source = [...value].map((c) => (/[!-/:-@[-`{-~]/.test(c) ? `\\\\?\\${c}` : c)).join('');
  return new RegExp(source, 'g');
}
