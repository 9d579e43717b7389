import { benchIngest } from './ingest';
import { benchDevices } from './devices';
import { benchAlerts } from './alerts';
import { benchCgmMetrics } from './cgm-metrics';
import { benchTremor } from './tremor';
import { benchCry } from './cry';
import { benchSync } from './sync';
import { benchForecast } from './forecast';
import { benchBackup } from './backup';
import { benchNightscout } from './nightscout';
import { benchLatestValues } from './latest-values';
import { benchStreamFanout } from './stream-fanout';
import { benchSyncCopy } from './sync-copy';
import { benchWristStorage } from './wrist-storage';
import { benchDrizzleRows } from './drizzle-rows';
import { benchStorage } from './storage';
import { benchRollups } from './rollups';
import { benchCliStart, benchEventLoopImport, benchHubStartLarge } from './start';

/** Every benchmark `npm run bench` knows; each returns a JSON-able result. */
export const benchmarks: Record<string, () => Promise<Record<string, unknown>>> = {
  ingest: benchIngest,
  devices: benchDevices,
  alerts: benchAlerts,
  'cgm-metrics': benchCgmMetrics,
  tremor: benchTremor,
  cry: benchCry,
  sync: benchSync,
  forecast: benchForecast,
  backup: benchBackup,
  nightscout: () => benchNightscout(),
  'latest-values': benchLatestValues,
  'stream-fanout': benchStreamFanout,
  'sync-copy': benchSyncCopy,
  'drizzle-rows': benchDrizzleRows,
  storage: benchStorage,
  rollups: benchRollups,
  'cli-start': benchCliStart,
  'hub-start-large': benchHubStartLarge,
  'event-loop-import': benchEventLoopImport,
  'wrist-storage': benchWristStorage,
};
