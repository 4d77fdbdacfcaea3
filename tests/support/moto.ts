// A real moto server (PyPI `moto[server]`, built by `scripts/install-tools.sh moto`) for the aws-sm:// store's
// tests: AWS Secrets Manager, IAM and STS on a free loopback port, reached with the real AWS SDK.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stopChild } from './child-process.js';

const tools = () => process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools');

export interface Moto {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startMoto(): Promise<Moto> {
  const binary = path.join(tools(), 'bin', 'moto_server');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`bash scripts/install-tools.sh moto\` (moto[server] from PyPI)`);
  const port = await freePort();
  const child = spawn(binary, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Region and account come from each request; nothing from this machine's AWS config may leak in.
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), MOTO_ALLOW_NONEXISTENT_REGION: 'false' },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}:\n${stderr}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/data.json`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`moto_server did not answer on ${endpoint} within 60 s:\n${stderr.slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { endpoint, stop };
}

export interface MotoSeed {
  secrets: Record<string, string | { binary: string }>;
  /** Later values put to a secret: each becomes AWSCURRENT, the one before AWSPREVIOUS. */
  versions?: Record<string, string[]>;
}

export interface Seeded {
  region: string;
  secrets: Record<string, { arn: string; versions: string[] }>;
  /** A user whose policy allows GetSecretValue and DescribeSecret. */
  reader: { accessKeyId: string; secretAccessKey: string };
  /** A user with no policy at all. */
  nobody: { accessKeyId: string; secretAccessKey: string };
  /** A role trusting GitHub's OIDC provider, allowed to read. */
  roleArn: string;
}

/** Creates the secrets, principals and role with boto3 (tests/fixtures/secret-stores/aws/seed.py), then turns IAM enforcement on. */
export function seedMoto(moto: Moto, seed: MotoSeed): Promise<Seeded> {
  const python = path.join(tools(), 'venvs', 'moto', 'bin', 'python');
  const script = path.resolve(import.meta.dirname, '..', 'fixtures', 'secret-stores', 'aws', 'seed.py');
  return new Promise((resolve, reject) => {
    const child = execFile(python, [script], { env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir() } }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`seeding moto failed: ${err.message}\n${stderr}`));
      resolve(JSON.parse(stdout) as Seeded);
    });
    child.stdin!.end(JSON.stringify({ endpoint: moto.endpoint, ...seed }));
  });
}

/**
 * Lets the next `n` calls through unsigned, then enforces IAM again. STS AssumeRoleWithWebIdentity is an
 * unsigned call in AWS; moto's enforcement cannot take a request without an Authorization header (it
 * answers 500), so a test lets exactly that one call through and everything after it is checked again.
 */
export async function allowUnsignedCalls(moto: Moto, n: number): Promise<void> {
  const res = await fetch(`${moto.endpoint}/moto-api/reset-auth`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: String(n),
  });
  if (!res.ok) throw new Error(`moto reset-auth answered HTTP ${res.status}`);
  await res.arrayBuffer();
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
