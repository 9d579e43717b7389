import type { ProcName, ServerEvent, TendClient } from '../../../api/procedures';
import type { ErrorBody } from '../../../api/errors';

/** A failed call as the renderer sees it: test `code`, never `instanceof`. */
export interface ClientError extends Error {
  code: ErrorBody['code'] | 'network';
  field?: string;
  status?: number;
}
export function clientError(body: Partial<ErrorBody> & { message: string }, status?: number): ClientError {
  const e = new Error(body.message) as ClientError;
  e.code = body.code ?? 'internal';
  if (body.field !== undefined) e.field = body.field;
  if (status !== undefined) e.status = status;
  return e;
}

/** How calls and events move; the client on top does not know which one it has. */
export interface Transport {
  kind: 'http' | 'ipc';
  invoke(name: ProcName, args: unknown): Promise<unknown>;
  listen(listener: (event: ServerEvent) => void): () => void;
}

export function clientOver(t: Transport): TendClient & { kind: Transport['kind'] } {
  return {
    kind: t.kind,
    call: (name, args) => t.invoke(name, args) as never,
    subscribe: (listener) => t.listen(listener),
  };
}
