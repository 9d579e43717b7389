import type { CryAnalysis, CryEpisode } from '../../api/baby';
import type { Alert } from '../../api/schemas';
import { iso } from '../clock';
import type { CallContext } from '../context';
import type { Core } from '../core-types';
import type { BabyServices } from './services';
import { backgroundThread } from './analyser-thread';
import { stableId } from './ids';

/** Most windows one request may store: 6 h of audio at one window per second. */
const MAX_WINDOWS = 6 * 3600;

/**
 * Analyses a WAV recording and stores what it found for the subject: one `cry_probability`
 * observation per window (at the window's start), and each cry episode. The recording is
 * taken to start at `start` (ms; default: it just ended). Ids come from the file's hash and
 * the window's offset, so uploading the same file again stores nothing new.
 * @throws WavError (400) for a non-WAV or truncated file, a sample rate outside 8–192 kHz
 *   or an implausible length, before anything is stored.
 */
export async function analyzeAndStore(
  core: Core,
  baby: BabyServices,
  ctx: CallContext,
  subjectId: string,
  bytes: Uint8Array,
  opts: { start?: number; key?: string } = {},
): Promise<{ result: CryAnalysis; episodes: CryEpisode[]; alerts: Alert[] }> {
  core.access.require(ctx, subjectId, 'write');
  // Decoding, resampling and scoring a file take seconds to minutes of CPU, and hashing it
  // a tenth of a second: in the background thread, so the hub keeps answering and alerts
  // keep flowing meanwhile.
  const detail = await backgroundThread().analyseFile(bytes);
  const start = opts.start ?? core.deps.clock.now() - Math.round(detail.durationS * 1000);
  const key = opts.key ?? `file:${detail.sha256}`;
  const at = (s: number) => start + Math.round(s * 1000);
  const items = detail.windows.slice(0, MAX_WINDOWS).map((w) => ({
    id: stableId(subjectId, key, 'window', w.start_s),
    metric: 'cry_probability',
    t: iso(at(w.start_s)),
    value: Math.min(1, Math.max(0, w.probability)),
  }));
  // Episodes first, then the windows, in one transaction: the baby rule (rules.ts) finds
  // the new episodes when their windows are ingested and raises its alerts then.
  const { episodes, alerts } = core.deps.db.$client.transaction(() => {
    const eps = detail.result.segments.map((seg) =>
      baby.episodes.upsert({
        id: stableId(subjectId, key, 'episode', seg.start_s),
        subject_id: subjectId,
        source: 'file',
        session_id: key,
        start_t: at(seg.start_s),
        end_t: at(seg.end_s),
        peak: seg.probability,
      }),
    );
    const ingested = core.ingest(ctx, subjectId, items);
    return { episodes: eps, alerts: ingested.alerts as Alert[] };
  })();
  return { result: detail.result, episodes, alerts };
}
