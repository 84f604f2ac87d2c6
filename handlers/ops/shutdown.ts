// Graceful close of the HTTP listener: stop accepting, let the requests being
// served finish, then close. Node's server.close() alone waits for keep-alive
// connections to time out (5 s of idling after the last reply), so connections
// are closed as soon as they fall idle; past the deadline the rest are dropped.
import type { Server } from 'node:http';

export const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface Drained {
  /** the deadline passed and connections still serving were dropped */
  forced: boolean;
  /** requests that were being served when closing began */
  inFlightAtStart: number;
}

export class GracefulServer {
  private inFlight = 0;
  private closing?: Promise<Drained>;

  constructor(private readonly server: Server) {
    server.on('request', (_req, res) => {
      this.inFlight++;
      // a request that arrives on a kept-alive connection while closing is served, then its connection closed
      if (this.closing) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.inFlight--;
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
      const deadline = setTimeout(() => {
        forced = true;
        this.server.closeAllConnections();
      }, timeoutMs);
      this.server.close(() => {
        clearTimeout(deadline);
        resolve({ forced, inFlightAtStart });
      });
      this.server.closeIdleConnections();
    });
    return this.closing;
  }
}
