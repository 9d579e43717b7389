import type { ProcName, ServerEvent } from '../../api/procedures';
import type { CoreRequest, FromCore, IpcReply, ToCore } from '../core-process/protocol';

/*
 * The main process's end of the core's utility process (electron/core-process/): calls go
 * out as messages and come back as reply data, the core's events come in, and what the core
 * asks of the shell (keychain, browser, printing) is answered here. Imports only types, so
 * the contract suite runs it under plain Node against the real core-process entry.
 */

/** What this file uses of Electron's `UtilityProcess` (and what a `child_process.fork` child is adapted to in tests). */
export interface UtilityProcessLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

/** What only the main process can do for the core. */
export interface ShellServices {
  /** The key that seals secrets at rest (protected by the OS keychain). */
  secretKey(): Promise<Uint8Array>;
  openUrl(url: string): Promise<void>;
  printReport(job: { subjectId: string; request: Extract<CoreRequest, { what: 'print-report' }>['request']; token: string }): Promise<Uint8Array>;
}

export interface CoreClient {
  /** Resolves once the core has opened its store and signed the local user in. */
  readonly ready: Promise<{ userId: string }>;
  /** How far opening an older database has got (its readings moving to the compact layout), before `ready`; returns the unsubscribe. */
  onOpening(listener: (done: number, total: number) => void): () => void;
  /** One procedure as the local user; errors come back as data (`tend:rpc` passes them on as they are). */
  call(name: ProcName, args: unknown): Promise<IpcReply<unknown>>;
  /** The core's events about people the local user may see; returns the unsubscribe. */
  onEvent(listener: (event: ServerEvent) => void): () => void;
  /** The computer woke: let the alert engine say how long nothing was watched. */
  beat(): void;
  /** Asks the core to close its store cleanly; resolves when its process has ended. */
  stop(): Promise<number>;
}

const gone = (why: string): IpcReply<never> => ({ ok: false, error: { code: 'internal', message: why } });

export function connectCore(child: UtilityProcessLike, shell: ShellServices): CoreClient {
  let nextId = 1;
  const pending = new Map<number, (reply: IpcReply<unknown>) => void>();
  const listeners = new Set<(event: ServerEvent) => void>();
  const opening = new Set<(done: number, total: number) => void>();
  let exited: string | null = null;
  let exitedWith = 0;
  let readyFns!: { resolve: (v: { userId: string }) => void; reject: (e: Error) => void };
  const ready = new Promise<{ userId: string }>((resolve, reject) => (readyFns = { resolve, reject }));
  // A start that fails is reported by whoever awaits `ready`; nobody else needs to hear of it.
  ready.catch(() => undefined);
  let exitCode: Promise<number> | null = null;
  const exitFns: Array<(code: number) => void> = [];

  const send = (m: ToCore) => child.postMessage(m);
  const serve = async (request: CoreRequest): Promise<unknown> => {
    switch (request.what) {
      case 'secret-key':
        return shell.secretKey();
      case 'open-url':
        return shell.openUrl(request.url);
      case 'print-report':
        return shell.printReport({ subjectId: request.subjectId, request: request.request, token: request.token });
      default: {
        const never: never = request;
        throw new Error(`the core asked for something unknown: ${JSON.stringify(never)}`);
      }
    }
  };

  child.on('message', (message) => {
    const m = message as FromCore;
    switch (m.kind) {
      case 'opening':
        for (const l of opening) l(m.done, m.total);
        return;
      case 'ready':
        readyFns.resolve({ userId: m.userId });
        return;
      case 'reply':
        pending.get(m.id)?.(m.reply);
        pending.delete(m.id);
        return;
      case 'event':
        for (const l of listeners) l(m.event);
        return;
      case 'request':
        void serve(m.request).then(
          (value) => send({ kind: 'answer', id: m.id, reply: { ok: true, value } }),
          (e: unknown) => send({ kind: 'answer', id: m.id, reply: gone((e as Error).message) }),
        );
        return;
      case 'failed':
        readyFns.reject(new Error(`the core could not start: ${m.message}`));
        return;
      case 'stopped':
        return;
      default: {
        const never: never = m;
        console.error(`core client: unknown message ${JSON.stringify(never)}`);
      }
    }
  });
  child.on('exit', (code) => {
    // Calls in flight would otherwise wait forever: answer them, and every later one, with the reason.
    exited = `the core process ended (exit code ${code})`;
    exitedWith = code;
    readyFns.reject(new Error(exited));
    for (const resolve of pending.values()) resolve(gone(exited));
    pending.clear();
    for (const f of exitFns) f(code);
  });

  return {
    ready,
    onOpening(listener) {
      opening.add(listener);
      return () => opening.delete(listener);
    },
    call(name, args) {
      if (exited) return Promise.resolve(gone(exited));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ kind: 'call', id, name, args });
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    beat() {
      if (!exited) send({ kind: 'beat' });
    },
    stop() {
      exitCode ??= new Promise<number>((resolve) => {
        exitFns.push(resolve);
        if (exited) resolve(exitedWith);
        else send({ kind: 'stop' });
      });
      return exitCode;
    },
  };
}
