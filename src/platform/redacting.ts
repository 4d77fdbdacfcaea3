// The last gate before the platform: whatever runlens hands a platform to show or send — the job summary,
// annotations, outputs, the PR/MR comment, log group titles — passes the run's redactor once more. The
// reports were rendered from an already redacted RunResult; this catches any value masked since, in
// text that no escaping has disguised.
import type { Platform } from './platform.js';

export interface TextRedactor {
  redact(text: string): string;
}

export function redactingPlatform(platform: Platform, redactor: TextRedactor): Platform {
  const r = (text: string): string => redactor.redact(text);
  return {
    info: platform.info,
    isCI: platform.isCI,
    startGroup: (title, opts) => platform.startGroup(r(title), opts),
    endGroup: (at) => platform.endGroup(at),
    writeSummary: (markdown) => platform.writeSummary(r(markdown)),
    setOutputs: (outputs) => platform.setOutputs(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, r(v)]))),
    annotate: (a) => platform.annotate({ ...a, message: r(a.message), ...(a.title !== undefined ? { title: r(a.title) } : {}) }),
    // The value to hide, as is: the platform needs it to recognise it.
    mask: (value) => platform.mask(value),
    comment: (body, marker, call) => platform.comment(r(body), marker, call),
    // The SARIF file was written from the redacted RunResult.
    ...(platform.uploadSarif ? { uploadSarif: platform.uploadSarif.bind(platform) } : {}),
  };
}
