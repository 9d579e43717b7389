import { EventEmitter } from 'node:events';
import type { ServerEvent } from '../api/procedures';

/**
 * In-process fan-out of server events. Transports subscribe and filter by what their
 * user may see; the core never knows who is listening.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  constructor() {
    // Many clients (kiosk, caregivers, tests) may listen at once.
    this.emitter.setMaxListeners(0);
  }
  publish(event: ServerEvent): void {
    this.emitter.emit('event', event);
  }
  subscribe(listener: (event: ServerEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
