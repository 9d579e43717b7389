import { z } from 'zod';
import { on } from './access';
import { procedure, None } from './define';
import { Device, ObservationPage, ObservationQuery } from './schemas';

/** Live state of a paired device's session (the Devices screen). */
export const DeviceLive = z.object({
  device_id: z.string(),
  subject_id: z.string(),
  name: z.string(),
  kind: z.string(),
  transport: z.string(),
  address: z.string(),
  state: z.string(),
  battery: z.number().nullable(),
  last_reading_at: z.string().nullable(),
  frames_bad: z.number(),
  signal_lost: z.boolean(),
  signal_lost_since: z.string().nullable(),
  rssi: z.number().nullable(),
  stored: z.number(),
  backfilled: z.number(),
  last_error: z.object({ step: z.string(), message: z.string() }).nullable(),
});
export type DeviceLive = z.infer<typeof DeviceLive>;

export const DEMO_DEVICE_KINDS = ['cgm', 'glucose_meter', 'thermometer', 'environment', 'pulse_oximeter', 'motion', 'serial_board', 'room_broadcaster'] as const;

/** A broadcasting sensor heard nearby and not adopted (passive scan, no pairing). */
export const NearbySensor = z.object({
  address: z.string(),
  /** `bthome-v2`, `pvvx`, `atc1441`, `govee-h5075` */
  format: z.string(),
  rssi: z.number().nullable(),
  last_seen_at: z.string(),
  /** An encrypted BTHome sensor: adopting it needs its bind key (`settings.bind_key`, sealed at rest: core/devices/bind-key.ts). */
  needs_key: z.boolean(),
  observations: z.array(z.object({ metric: z.string(), value: z.number(), unit: z.string() })),
});
export type NearbySensor = z.infer<typeof NearbySensor>;

/** One device's readings: the subject's observations query, narrowed to what that device recorded. */
export const DeviceObservationQuery = ObservationQuery.omit({ subject_id: true }).extend({ id: z.string().min(1) });

export const devicesProcedures = {
  /** `GET /api/devices/:id/observations`: newest first, paged like the subject's readings. */
  'devices.observations': procedure(DeviceObservationQuery, ObservationPage, on('read', 'device:id')),
  'devices.live': procedure(z.object({ subject_id: z.string().optional() }).default({}), z.array(DeviceLive), on('read', 'subject_id?')),
  'devices.bluetooth': procedure(None, z.object({ available: z.boolean(), reason: z.string().nullable(), demo_available: z.boolean(), demo_reason: z.string().nullable() }), 'signed_in'),
  'devices.scan': procedure(
    z.object({ transport: z.enum(['ble', 'demo']).default('ble'), duration_ms: z.number().int().min(200).max(30_000).default(3000) }).default({ transport: 'ble', duration_ms: 3000 }),
    z.array(z.object({ address: z.string(), name: z.string().nullable(), rssi: z.number().nullable(), transport: z.string(), kind: z.string().nullable(), paired_as: z.string().nullable() })),
    'signed_in',
  ),
  /**
   * Listens for broadcasting sensors for `duration_ms` (real Bluetooth, or the demo lab's)
   * and lists those not adopted yet; adopt one with `POST /api/devices` `{transport:'advert', address, kind:'environment', settings:{bind_key?}}`.
   */
  'devices.nearby': procedure(
    z.object({ source: z.enum(['ble', 'demo']).default('ble'), duration_ms: z.number().int().min(200).max(30_000).default(3000) }).default({ source: 'ble', duration_ms: 3000 }),
    z.array(NearbySensor),
    'signed_in',
  ),
  /** Creates a simulated device in the virtual device lab and pairs it to the subject. */
  'devices.addDemo': procedure(z.object({ subject_id: z.string().min(1), kind: z.enum(DEMO_DEVICE_KINDS) }), Device, on('write')),
} as const;
