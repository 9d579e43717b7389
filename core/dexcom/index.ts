/** Dexcom API v3: client, OAuth (PKCE + loopback), encrypted secrets, incremental sync. See README.md. */
export * from './client';
export * from './oauth';
export * from './token-store';
export * from './sync';
export * from './time';
export type { AlertRecord, CalibrationRecord, DataRangeResponse, DeviceRecord, EgvRecord, EventRecord } from './schemas';
