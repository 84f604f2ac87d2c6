// Process signals for a running service (bin/start.ts, and each worker of
// WORKERS=N): SIGHUP reloads the knowledge; SIGTERM and SIGINT close gracefully
// (stop accepting, finish in-flight requests for up to 10 s) and exit 0.
// Repeated stop signals are only logged: Ctrl-C reaches every process of the
// group and a supervisor may pass a signal on too, and neither should cut
// requests short.
import type { Logger } from './logger.ts';
import type { ReloadStatus, ReloadTrigger } from './reload.ts';

export interface Stoppable {
  log: Logger;
  reload(trigger: ReloadTrigger): Promise<ReloadStatus>;
  /** graceful close (it logs how the requests in flight ended); resolves once the listener is closed */
  close(): Promise<void>;
}

export function handleSignals(service: Stoppable, exit: (code: number) => void = (code) => process.exit(code)): void {
  process.on('SIGHUP', () => void service.reload('signal')); // the outcome is logged and shown by /healthz

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      service.log.warn({ signal }, 'already shutting down; in-flight requests are finishing');
      return;
    }
    stopping = true;
    service.log.info({ signal }, 'shutting down: no new connections; finishing in-flight requests');
    service.close().then(
      () => {
        service.log.info('stopped');
        exit(0);
      },
      (e: Error) => {
        service.log.error({ error: { name: e.name, message: e.message } }, 'error while shutting down');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
