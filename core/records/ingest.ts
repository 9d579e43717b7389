import type { IngestOutput } from '../../api/schemas';
import { METRICS, isMetricCode } from '../../api/metrics';
import type { Access } from '../access';
import type { AlertEngine } from '../alerts/engine';
import { iso } from '../clock';
import type { CallContext, CoreDeps } from '../context';
import type { StorageHealth } from '../storage-health';
import { latestByMetric, type CleanObservation, type ObservationStore } from './observations';

/**
 * The one ingest every reading ends in (architecture.md "Where data comes from"): one
 * validation, one transaction with the alert engine, then the stream.
 */
export function createIngest(deps: CoreDeps, s: { access: Access; observations: ObservationStore; storage: StorageHealth; alerts: AlertEngine }) {
  const { access, observations, storage, alerts } = s;
  const client = deps.db.$client;

  // High-rate metrics (raw accelerometer at 50–100 Hz) are coalesced to at most one
  // message per subject and metric per second, whatever the batch size.
  const pendingHighRate = new Map<string, { subject_id: string; metric: string; count: number; t: number; value: number }>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flushHighRate = () => {
    flushTimer = null;
    for (const p of pendingHighRate.values()) {
      deps.bus.publish({ type: 'observation.added', subject_id: p.subject_id, metric: p.metric, count: p.count, latest: { t: iso(p.t), value: p.value } });
    }
    pendingHighRate.clear();
  };

  const publishAdded = (subjectId: string, inserted: readonly CleanObservation[]) => {
    // One message per metric per batch: a 100 Hz stream must not flood the sockets.
    for (const [metric, l] of latestByMetric(inserted)) {
      if (isMetricCode(metric) && METRICS[metric].highRate) {
        const key = `${subjectId}\u0000${metric}`;
        const p = pendingHighRate.get(key);
        if (!p) pendingHighRate.set(key, { subject_id: subjectId, metric, ...l });
        else {
          p.count += l.count;
          if (l.t >= p.t) {
            p.t = l.t;
            p.value = l.value;
          }
        }
        if (!flushTimer) {
          flushTimer = setTimeout(flushHighRate, 1000);
          flushTimer.unref();
        }
        continue;
      }
      deps.bus.publish({ type: 'observation.added', subject_id: subjectId, metric, count: l.count, latest: { t: iso(l.t), value: l.value } });
    }
  };

  const ingest = (ctx: CallContext, subjectId: string, items: readonly unknown[]): IngestOutput => {
    access.require(ctx, subjectId, 'write');
    const rows = observations.validate(subjectId, items);
    const result = storage.write(() =>
      client.transaction(() => {
        const w = observations.write(subjectId, rows);
        const a = alerts.onObservations(subjectId, w.inserted);
        return { ...w, ...a };
      })(),
    );
    publishAdded(subjectId, result.inserted);
    alerts.publish(result);
    // The alarms this batch raised, and those it escalated (a deeper limit of one standing alarm).
    const escalated = [...new Map(result.updated.filter((u) => u.change === 'escalated').map((u) => [u.alert.id, u.alert])).values()];
    return { accepted: result.accepted, duplicates: result.duplicates, alerts: [...result.raised, ...escalated] };
  };

  return {
    ingest,
    /** Drops the pending once-a-second stream messages (the core is closing). */
    close: () => {
      if (flushTimer) clearTimeout(flushTimer);
    },
  };
}
