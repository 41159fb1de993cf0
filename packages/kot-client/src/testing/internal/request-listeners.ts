import type {
  KotSimulatorObservedRequest,
  KotSimulatorRequestListener,
  KotSimulatorRequestPhase,
} from '../kot-simulator-request-listener.js';

/** The code of the process warning emitted when a request listener throws or rejects. */
export const LISTENER_FAILED_CODE = 'KOT_SIMULATOR_LISTENER_FAILED';

/** The listeners registered with `sim.onRequest`, and how they are called. */
export class RequestListeners {
  // One entry per subscription, so the same function added twice is called twice and each
  // unsubscribe removes only its own subscription.
  private readonly entries = new Set<{ listener: KotSimulatorRequestListener }>();

  /** Register a listener; the returned function unsubscribes it (calling it again does nothing). */
  add(listener: KotSimulatorRequestListener): () => void {
    if (typeof listener !== 'function') {
      throw new TypeError('onRequest expects a function (request, phase) => void | Promise<void>');
    }
    const entry = { listener };
    this.entries.add(entry);
    return () => {
      this.entries.delete(entry);
    };
  }

  /**
   * Call every listener (in subscription order, all before any is awaited) and return a promise
   * settling when the promises they returned have settled; `undefined` when there is nothing to
   * wait for, so that a simulator without waiting listeners answers without an extra turn.
   * Never rejects: failures become process warnings.
   */
  notify(request: KotSimulatorObservedRequest, phase: KotSimulatorRequestPhase): Promise<void> | undefined {
    if (this.entries.size === 0) return undefined;
    const pending: Promise<void>[] = [];
    // A copy, so that a listener unsubscribing (or subscribing) during the call changes only later events.
    for (const { listener } of [...this.entries]) {
      try {
        const result: unknown = listener(request, phase);
        if (isThenable(result)) {
          pending.push(Promise.resolve(result).then(noop, (error: unknown) => warn(error, request, phase)));
        }
      } catch (error) {
        warn(error, request, phase);
      }
    }
    return pending.length === 0 ? undefined : Promise.all(pending).then(noop);
  }
}

function noop(): void {}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** Report a listener failure without breaking the request (the path is already redacted). */
function warn(error: unknown, request: KotSimulatorObservedRequest, phase: KotSimulatorRequestPhase): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.emitWarning(
    `A KOT simulator onRequest listener failed in phase '${phase}' of ${request.method} ${request.path}: ${reason}. The request went on as if it had returned.`,
    {
      type: 'KotSimulatorWarning',
      code: LISTENER_FAILED_CODE,
      ...(error instanceof Error && error.stack ? { detail: error.stack } : {}),
    },
  );
}
