// Servers that misbehave on purpose, for the secret stores' tests: one that accepts connections and never
// answers (a timeout), one that answers every request with the same bytes (a garbled answer).
import http from 'node:http';
import net from 'node:net';

/** A TCP server that accepts connections and never answers: the stores' timeouts are tested against it. */
export async function startSilentServer(): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An HTTP server answering every request with `status` and `body` (e.g. JSON cut short). */
export async function startFixedAnswerServer(
  status: number,
  body: string,
  contentType = 'application/json',
): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(status, { 'content-type': contentType }).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
