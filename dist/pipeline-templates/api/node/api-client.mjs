// REST API integration: page through /users, normalise the records, write out/users.csv.
// With API_BASE_URL unset, a local stub server answers from stub/ (so the pipeline runs offline);
// set API_BASE_URL (and API_TOKEN, from your CI's secret store, never from a file) for the real API.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function startStub() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://stub');
    const body = `stub/users-page-${url.searchParams.get('page') ?? '1'}.json`;
    if (url.pathname !== '/users' || !existsSync(body)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(body));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function fetchAll(baseUrl, token) {
  const records = [];
  for (let page = 1; page;) {
    const headers = {};
    // runlens hands each step its trace context; passing it on links the API's spans to this run.
    if (process.env.TRACEPARENT) headers.traceparent = process.env.TRACEPARENT;
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${baseUrl}/users?page=${page}`, { headers, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`GET /users?page=${page}: HTTP ${response.status}`);
    const body = await response.json();
    records.push(...body.data);
    page = body.next_page;
  }
  return records;
}

export const normalise = (r) => ({ id: r.id, name: r.name.trim(), email: r.email.toLowerCase(), active: String(r.active) });

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2] ?? 'out/users.csv';
  console.log(`trace context: ${process.env.TRACEPARENT ?? '(none: not run by runlens)'}`);
  let baseUrl = process.env.API_BASE_URL;
  const server = baseUrl ? undefined : await startStub();
  if (server) baseUrl = `http://127.0.0.1:${server.address().port}`;
  try {
    const rows = (await fetchAll(baseUrl, process.env.API_TOKEN)).map(normalise);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, ['id,name,email,active', ...rows.map((r) => [r.id, r.name, r.email, r.active].join(','))].join('\n') + '\n');
    console.log(`${rows.length} users from ${server ? 'the stub' : baseUrl} -> ${out}`);
  } finally {
    server?.close();
  }
}
