import { benchIngest } from './ingest';
import { benchDevices } from './devices';
import { benchCgmMetrics } from './cgm-metrics';
import { benchTremor } from './tremor';

/** Every benchmark `npm run bench` knows; each returns a JSON-able result. */
export const benchmarks: Record<string, () => Promise<Record<string, unknown>>> = {
  ingest: benchIngest,
  devices: benchDevices,
  'cgm-metrics': benchCgmMetrics,
  tremor: benchTremor,
};
