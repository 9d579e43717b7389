import { z } from 'zod';
import { on } from './access';
import { procedure, None } from './define';
import { Device } from './schemas';

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

export const DEMO_DEVICE_KINDS = ['cgm', 'glucose_meter', 'thermometer', 'environment', 'pulse_oximeter', 'motion', 'serial_board'] as const;

export const devicesProcedures = {
  'devices.live': procedure(z.object({ subject_id: z.string().optional() }).default({}), z.array(DeviceLive), on('read', 'subject_id?')),
  'devices.bluetooth': procedure(None, z.object({ available: z.boolean(), reason: z.string().nullable(), demo_available: z.boolean(), demo_reason: z.string().nullable() }), 'signed_in'),
  'devices.scan': procedure(
    z.object({ transport: z.enum(['ble', 'demo']).default('ble'), duration_ms: z.number().int().min(200).max(30_000).default(3000) }).default({ transport: 'ble', duration_ms: 3000 }),
    z.array(z.object({ address: z.string(), name: z.string().nullable(), rssi: z.number().nullable(), transport: z.string(), kind: z.string().nullable(), paired_as: z.string().nullable() })),
    'signed_in',
  ),
  /** Creates a simulated device in the virtual device lab and pairs it to the subject. */
  'devices.addDemo': procedure(z.object({ subject_id: z.string().min(1), kind: z.enum(DEMO_DEVICE_KINDS) }), Device, on('write')),
} as const;
