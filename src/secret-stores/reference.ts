// A reference as written in runlens.yml: `<scheme>://<body>`; the store of `scheme` parses the body.

/** `vault://secret/app#password` → `vault`, `secret/app#password`; undefined when there is no `scheme://`. */
export function splitReference(ref: string): { scheme: string; body: string } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(ref.trim());
  return m ? { scheme: m[1]!.toLowerCase(), body: m[2]! } : undefined;
}
