import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Every emulator binds the loopback interface only: nothing local is reachable from the network. */
export const LOOPBACK = '127.0.0.1';

export function endpointOf(port: number): string {
  return `http://${LOOPBACK}:${port}`;
}

/** Listens on the loopback (port 0 = any free port) and resolves the port actually bound. */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, LOOPBACK, () => {
      server.off('error', fail);
      resolve(portOf(server));
    });
  });
}

export function portOf(server: Server): number {
  const address = server.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  return address.port;
}

/**
 * Closes a server and frees its port even when SDK clients keep sockets alive: idle sockets are
 * closed at once, busy ones get a moment to finish their response before they are cut.
 */
export function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const cutBusySockets = setTimeout(() => server.closeAllConnections(), 1_000);
    cutBusySockets.unref();
    server.close((error) => {
      clearTimeout(cutBusySockets);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
