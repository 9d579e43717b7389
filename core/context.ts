import type { Db } from '../db/open';
import type { EventBus } from './event-bus';
import type { Clock } from './clock';

/** The signed-in user a call runs as. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
}

/** Who is calling, over what: built by each transport, checked by the core. */
export interface CallContext {
  user: AuthUser | null;
  /** The bearer token used (for logout). */
  token?: string;
  /** Identifies the client for rate limits (IP address over HTTP, 'ipc', 'cli'). */
  clientKey: string;
  transport: 'http' | 'ws' | 'ipc' | 'cli' | 'memory';
  /**
   * Set for a phone uploader (a Nightscout secret): the call may read and write this one
   * subject and nothing else, whatever its owner could do (core/nightscout/README.md).
   */
  onlySubject?: string;
}

/** What every domain service is built from. */
export interface CoreDeps {
  db: Db;
  bus: EventBus;
  clock: Clock;
  version: string;
}
