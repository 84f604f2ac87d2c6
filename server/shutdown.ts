// Graceful close of the HTTP listener: stop accepting, let the requests being
// served finish, then close. Node's server.close() alone waits for every open
// connection, and its closeIdleConnections() leaves a connection that has not sent
// a request yet (a silent socket) open, so those are closed here at once, and
// kept-alive connections as soon as they fall idle; past the deadline the rest are
// dropped.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface Drained {
  /** the deadline passed and connections still open were dropped */
  forced: boolean;
  /** requests that were being served when closing began */
  inFlightAtStart: number;
  /** requests still being served when the deadline passed (dropped); 0 unless forced */
  dropped: number;
  /** connections closed at once because no request was being served on them */
  idleClosed: number;
}

export class GracefulServer {
  private inFlight = 0;
  /** open connections, with the number of requests being served on each */
  private readonly connections = new Map<Socket, number>();
  /** connections that have started at least one request (node closes those when idle) */
  private readonly served = new WeakSet<Socket>();
  private closing?: Promise<Drained>;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, 0);
      socket.once('close', () => this.connections.delete(socket));
    });
    server.on('request', (req, res) => {
      const socket = req.socket;
      this.inFlight++;
      this.served.add(socket);
      this.connections.set(socket, (this.connections.get(socket) ?? 0) + 1);
      // a request that arrives on a kept-alive connection while closing is served, then its connection closed
      if (this.closing) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.inFlight--;
        if (this.connections.has(socket)) this.connections.set(socket, Math.max(0, this.connections.get(socket)! - 1));
        // its connection becomes idle right after this event: close it then
        if (this.closing) setImmediate(() => server.closeIdleConnections());
      });
    });
  }

  /** requests being served now */
  get active(): number {
    return this.inFlight;
  }

  close(timeoutMs = SHUTDOWN_TIMEOUT_MS): Promise<Drained> {
    this.closing ??= new Promise<Drained>((resolve) => {
      const inFlightAtStart = this.inFlight;
      let forced = false;
      let dropped = 0;
      const deadline = setTimeout(() => {
        forced = true;
        dropped = this.inFlight;
        this.server.closeAllConnections();
      }, timeoutMs);
      this.server.close(() => {
        clearTimeout(deadline);
        resolve({ forced, inFlightAtStart, dropped, idleClosed });
      });
      let idleClosed = 0;
      for (const [socket, requests] of this.connections) {
        if (requests > 0) continue;
        idleClosed++;
        // never used, or part way through its first request's headers: nothing to finish
        if (!this.served.has(socket)) socket.destroy();
      }
      this.server.closeIdleConnections(); // kept-alive ones between requests
    });
    return this.closing;
  }
}
