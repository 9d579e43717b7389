export * from './errors';
export * from './metrics';
export * from './procedures';
export * from './schemas';
export type { ObservationSink } from './observations';
