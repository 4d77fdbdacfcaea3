// A local npm registry that speaks the two endpoints `npm audit` uses: the bulk advisory API
// (POST /-/npm/v1/security/advisories/bulk, gzip JSON { name: [versions] }) and packuments (GET /<name>).
// The public registry's audit endpoint cannot be reached from here; npm itself runs for real.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export interface NpmAdvisory {
  id: number;
  url: string;
  title: string;
  severity: 'info' | 'low' | 'moderate' | 'high' | 'critical';
  vulnerable_versions: string;
  cwe: string[];
  cvss: { score: number; vectorString: string | null };
}

export interface FakeRegistry {
  url: string;
  /** The package names npm asked advisories for. */
  asked: string[];
  close(): Promise<void>;
}

export async function startRegistry(advisories: Record<string, NpmAdvisory[]>, versions: Record<string, string[]>): Promise<FakeRegistry> {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url?.endsWith('/-/npm/v1/security/advisories/bulk')) {
        let body = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
        const wanted = JSON.parse(body.toString('utf8')) as Record<string, string[]>;
        asked.push(...Object.keys(wanted));
        res.end(
          JSON.stringify(
            Object.fromEntries(
              Object.keys(wanted)
                .filter((n) => advisories[n])
                .map((n) => [n, advisories[n]]),
            ),
          ),
        );
        return;
      }
      const name = decodeURIComponent((req.url ?? '/').slice(1));
      const list = versions[name];
      if (req.method === 'GET' && list) {
        const latest = list.at(-1)!;
        res.end(
          JSON.stringify({
            name,
            'dist-tags': { latest },
            versions: Object.fromEntries(
              list.map((v) => [v, { name, version: v, dist: { tarball: `http://127.0.0.1/${name}-${v}.tgz` } }]),
            ),
          }),
        );
        return;
      }
      res.statusCode = 404;
      res.end('{"error":"not found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    asked,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
