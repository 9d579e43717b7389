/**
 * The second-by-second plan of a simulated wrist recording: what the wearer is doing,
 * when rest tremor is present and how strong, what the medication is doing. The plan is
 * cheap (a few arrays of one value per second), is the generator's ground truth, and is
 * what the sample renderer (wrist-sim.ts) turns into accelerometer samples. The model is
 * documented in README.md beside this file.
 */
import { createRng } from './prng';
import type { Rng } from './prng';

/** What the wearer is doing in a second. The numeric code is the index. */
export const ACTIVITIES = ['sleep', 'rest', 'walking', 'typing', 'gesturing'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const ActivityCode: Record<Activity, number> = { sleep: 0, rest: 1, walking: 2, typing: 3, gesturing: 4 };

/**
 * Tremor is labelled present in a second when the rest-tremor component's RMS acceleration
 * (fundamental, all axes) is at least this, m/s². 0.05 m/s² (≈ 5 mg) is about the amplitude
 * of a barely visible rest tremor at 5 Hz (≈ 0.05 mm displacement); weaker tremor is not
 * counted as tremor by the generator's labels.
 */
export const LABEL_MIN_TREMOR_RMS = 0.05;

/** A person's tremor and medication-response parameters. */
export interface PatientParams {
  /** Tremor severity 0–1: drives how much of resting time is spent in tremor bouts. */
  severity: number;
  /** Typical rest-tremor frequency, Hz (rest tremor in Parkinson's: about 3.5–7 Hz). */
  tremorHz: number;
  /** Typical unmedicated tremor RMS acceleration in a bout, m/s². */
  tremorRms: number;
  /** Peak fractional effect of one levodopa dose on tremor amplitude and on bout occupancy (0–1). */
  doseEmax: number;
  /** Range of the time from dose to half the peak effect ("onset"), minutes. */
  onsetMin: readonly [number, number];
  /** Range of the time from dose to the effect falling back to half ("wearing-off"), minutes. */
  wearOffMin: readonly [number, number];
}

/** A dose as given to the generator. */
export interface SimDose {
  /** Seconds from the start of the recording. */
  atS: number;
  /** Drug name; only levodopa-class drugs have an effect unless `effective` says otherwise. */
  drug: string;
  /** Overrides whether the dose works (false simulates a dose with no effect). */
  effective?: boolean;
}

/** The generator's truth about a dose. */
export interface DoseTruth {
  atS: number;
  drug: string;
  /** Peak fractional effect (0 for a dose with no effect). */
  emax: number;
  /** Minutes from the dose to half the peak effect. */
  onsetMin: number;
  /** Minutes from the dose to the effect falling back to half its peak. */
  wearOffMin: number;
}

/** A forced stretch of activity (for evaluation recordings). */
export interface ActivitySegment {
  startS: number;
  durationS: number;
  activity: Activity;
}

/** Per-segment movement parameters the renderer uses (drawn once per segment). */
export interface SegmentParams {
  startS: number;
  endS: number;
  activity: Activity;
  /** Walking: step frequency, Hz (1.8–2.2). */
  stepHz: number;
  /** Walking: relative amplitudes of the 2nd, 3rd and 4th step harmonics. */
  harmonics: [number, number, number];
  /** Walking: arm-swing and vertical-bounce amplitudes, m/s². Gesturing: movement amplitude. */
  amp: number;
  amp2: number;
  /** Typing: key-press rate, /s. */
  rate: number;
  /** Gesturing: three movement frequencies, Hz (0.3–1.5). */
  freqs: [number, number, number];
}

/** Direction of one tremor bout in the sensor frame (unit vectors d1 ⟂ d2) and its ellipticity. */
export interface BoutParams {
  d1: [number, number, number];
  d2: [number, number, number];
  /** Amplitude of the quadrature component along d2 relative to d1. */
  ellipse: number;
  /** Relative amplitude of the 2nd harmonic. */
  h2: number;
}

/** Options for planning a recording. */
export interface PlanOptions {
  seed: number;
  /** Length of the recording, s. */
  durationS: number;
  /** Wall-clock start (ms since epoch, UTC); decides night sleep. Default 2026-01-05T08:00Z. */
  startMs?: number;
  /** Minutes to add to UTC for the wearer's local clock (sleep 23:00–07:00 local). Default 0. */
  utcOffsetMin?: number;
  patient?: PatientParams;
  doses?: readonly SimDose[];
  /** Forces the activity timeline; gaps are filled by the random activity model. */
  activities?: readonly ActivitySegment[];
  /** Disables night sleep (for short daytime recordings). Default: sleep when the clock says so. */
  noSleep?: boolean;
}

/** Ground truth per second (index = second from the start). */
export interface MotionPlan {
  seed: number;
  durationS: number;
  startMs: number;
  patient: PatientParams;
  doses: DoseTruth[];
  segments: SegmentParams[];
  bouts: BoutParams[];
  /** Activity code per second (see ACTIVITIES). */
  activity: Uint8Array;
  /** Segment index per second. */
  segment: Int32Array;
  /** 1 when tremor is labelled present (RMS ≥ LABEL_MIN_TREMOR_RMS). */
  tremor: Uint8Array;
  /** RMS acceleration of the rest-tremor fundamental, m/s² (0 when none). */
  tremorRms: Float32Array;
  /** Tremor frequency, Hz (NaN when no tremor component at all). */
  tremorHz: Float32Array;
  /** Bout index per second (−1 outside bouts). */
  bout: Int32Array;
  /** Combined medication effect 0–1. */
  med: Float32Array;
  /** Gravity direction in the sensor frame, polar and azimuth angles, rad (slow component). */
  theta: Float32Array;
  phi: Float32Array;
}

const LEVODOPA = /levodopa|l-dopa|carbidopa|sinemet|madopar|rytary|stalevo|duodopa|benserazide/i;

/** Draws a patient. Ranges are those of the README (rest tremor 3.5–7 Hz, etc.). */
export function randomPatient(rng: Rng): PatientParams {
  return {
    severity: rng.uniform(0.35, 0.9),
    tremorHz: rng.uniform(4, 6.2),
    tremorRms: rng.logUniform(0.1, 2.0),
    doseEmax: rng.uniform(0.3, 0.45),
    onsetMin: [20, 40],
    wearOffMin: [180, 240],
  };
}

const logistic = (u: number): number => 1 / (1 + Math.exp(-u));

/**
 * Effect of one dose at `minutes` after it: a logistic rise centred on the onset and a
 * logistic fall centred on wearing-off (a phenomenological stand-in for levodopa's
 * short-duration response; Nutt et al. 1992 describe onset in 20–40 min and a response
 * lasting a few hours).
 */
export function doseEffect(d: DoseTruth, minutes: number): number {
  if (minutes < 0 || d.emax === 0) return 0;
  return d.emax * logistic((minutes - d.onsetMin) / 4) * (1 - logistic((minutes - d.wearOffMin) / 8));
}

function unit3(rng: Rng): [number, number, number] {
  for (;;) {
    const a = rng.normal();
    const b = rng.normal();
    const c = rng.normal();
    const n = Math.hypot(a, b, c);
    if (n > 1e-6) return [a / n, b / n, c / n];
  }
}

function orthogonal(d: [number, number, number], rng: Rng): [number, number, number] {
  const r = unit3(rng);
  const dot = r[0] * d[0] + r[1] * d[1] + r[2] * d[2];
  const v: [number, number, number] = [r[0] - dot * d[0], r[1] - dot * d[1], r[2] - dot * d[2]];
  const n = Math.hypot(v[0], v[1], v[2]);
  return n > 1e-6 ? [v[0] / n, v[1] / n, v[2] / n] : orthogonal(d, rng);
}

const NEXT: Record<Activity, [Activity, number][]> = {
  sleep: [['rest', 1]],
  rest: [['walking', 0.35], ['typing', 0.35], ['gesturing', 0.3]],
  walking: [['rest', 0.6], ['typing', 0.2], ['gesturing', 0.2]],
  typing: [['rest', 0.6], ['walking', 0.2], ['gesturing', 0.2]],
  gesturing: [['rest', 0.6], ['walking', 0.2], ['typing', 0.2]],
};
/** Duration ranges (log-uniform), s. */
const DURATION: Record<Activity, [number, number]> = {
  sleep: [3600, 3600],
  rest: [180, 2700],
  walking: [60, 900],
  typing: [120, 1500],
  gesturing: [30, 240],
};

function segmentParams(activity: Activity, startS: number, endS: number, rng: Rng): SegmentParams {
  const p: SegmentParams = {
    startS, endS, activity, stepHz: 0, harmonics: [0, 0, 0], amp: 0, amp2: 0, rate: 0, freqs: [0, 0, 0],
  };
  switch (activity) {
    case 'walking':
      p.stepHz = rng.uniform(1.8, 2.2);
      p.harmonics = [rng.uniform(0.3, 0.6), rng.uniform(0.15, 0.35), rng.uniform(0.05, 0.2)];
      p.amp = rng.uniform(1.5, 3.5); // arm swing at the stride frequency
      p.amp2 = rng.uniform(1.0, 2.5); // vertical bounce at the step frequency
      break;
    case 'typing':
      p.rate = rng.uniform(3, 7);
      p.amp = rng.uniform(0.2, 1.2);
      break;
    case 'gesturing':
      p.freqs = [rng.uniform(0.3, 1.5), rng.uniform(0.3, 1.5), rng.uniform(0.3, 1.5)];
      p.amp = rng.uniform(1.0, 4.0);
      break;
    case 'sleep':
    case 'rest':
      break;
    default: {
      const never: never = activity;
      throw new Error(`unknown activity ${String(never)}`);
    }
  }
  return p;
}

/** Plans a recording: activity, tremor and medication truth, one value per second. */
export function planMotion(opts: PlanOptions): MotionPlan {
  const n = Math.max(1, Math.ceil(opts.durationS));
  const startMs = opts.startMs ?? Date.UTC(2026, 0, 5, 8, 0, 0);
  const offsetMin = opts.utcOffsetMin ?? 0;
  const root = createRng(opts.seed);
  const rngPatient = root.fork(1);
  const rngAct = root.fork(2);
  const rngDose = root.fork(3);
  const rngTremor = root.fork(4);
  const rngOri = root.fork(5);
  const patient = opts.patient ?? randomPatient(rngPatient);

  // --- activity timeline -------------------------------------------------------------
  const activity = new Uint8Array(n).fill(255);
  const segment = new Int32Array(n);
  const segments: SegmentParams[] = [];
  for (const f of opts.activities ?? []) {
    const a = Math.max(0, Math.floor(f.startS));
    const b = Math.min(n, Math.floor(f.startS + f.durationS));
    if (b <= a) continue;
    segments.push(segmentParams(f.activity, a, b, rngAct));
    activity.fill(ActivityCode[f.activity], a, b);
    segment.fill(segments.length - 1, a, b);
  }
  const asleep = (s: number): boolean => {
    if (opts.noSleep) return false;
    const localMin = Math.floor((startMs + s * 1000) / 60000 + offsetMin);
    const minOfDay = ((localMin % 1440) + 1440) % 1440;
    return minOfDay >= 23 * 60 || minOfDay < 7 * 60;
  };
  let current: Activity = 'rest';
  let s = 0;
  while (s < n) {
    if (activity[s] !== 255) {
      current = ACTIVITIES[activity[s]];
      s++;
      continue;
    }
    let next: Activity;
    let end: number;
    if (asleep(s)) {
      next = 'sleep';
      end = s + 1;
      while (end < n && asleep(end)) end++;
    } else {
      if (current === 'sleep' || s === 0) next = 'rest';
      else {
        const u = rngAct.next();
        let acc = 0;
        next = NEXT[current][0][0];
        for (const [a, p] of NEXT[current]) {
          acc += p;
          if (u < acc) {
            next = a;
            break;
          }
        }
      }
      const [lo, hi] = DURATION[next];
      end = s + Math.round(rngAct.logUniform(lo, hi));
      let k = s;
      while (k < end && k < n && activity[k] === 255 && !asleep(k)) k++;
      end = Math.max(k, s + 1);
    }
    segments.push(segmentParams(next, s, end, rngAct));
    activity.fill(ActivityCode[next], s, end);
    segment.fill(segments.length - 1, s, end);
    current = next;
    s = end;
  }

  // --- medication ------------------------------------------------------------------------
  const doses: DoseTruth[] = (opts.doses ?? []).map((d) => {
    const works = d.effective ?? LEVODOPA.test(d.drug);
    return {
      atS: d.atS,
      drug: d.drug,
      emax: works ? patient.doseEmax * rngDose.uniform(0.85, 1.15) : 0,
      onsetMin: rngDose.uniform(patient.onsetMin[0], patient.onsetMin[1]),
      wearOffMin: rngDose.uniform(patient.wearOffMin[0], patient.wearOffMin[1]),
    };
  });
  const med = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    let keep = 1;
    for (const d of doses) keep *= 1 - doseEffect(d, (k - d.atS) / 60);
    med[k] = 1 - keep;
  }

  // --- tremor bouts (alternating renewal process, re-drawn at each transition) -----------
  const tremorRms = new Float32Array(n);
  const tremorHz = new Float32Array(n).fill(Number.NaN);
  const tremor = new Uint8Array(n);
  const bout = new Int32Array(n).fill(-1);
  const bouts: BoutParams[] = [];
  const occupancy = (k: number): number => Math.min(0.95, Math.max(0.02, (0.15 + 0.7 * patient.severity) * (1 - med[k])));
  let on = rngTremor.next() < occupancy(0);
  let left = Math.round(on ? rngTremor.logUniform(60, 900) : rngTremor.exponential(300));
  let boutHz = patient.tremorHz;
  let boutAmp = patient.tremorRms;
  let logDev = 0;
  let hzDev = 0;
  let boutStart = 0;
  let restRun = 0;
  const newBout = (): void => {
    const d1 = unit3(rngTremor);
    bouts.push({ d1, d2: orthogonal(d1, rngTremor), ellipse: rngTremor.uniform(0, 0.4), h2: rngTremor.uniform(0.05, 0.2) });
    boutHz = Math.min(6.8, Math.max(3.7, patient.tremorHz + 0.25 * rngTremor.normal()));
    boutAmp = patient.tremorRms * Math.exp(0.3 * rngTremor.normal());
    logDev = 0.2 * rngTremor.normal();
    hzDev = 0;
  };
  if (on) newBout();
  const phiA = Math.exp(-1 / 15);
  const phiF = Math.exp(-1 / 60);
  for (let k = 0; k < n; k++) {
    if (left <= 0) {
      on = !on;
      const p = occupancy(k);
      const meanOn = 300;
      if (on) {
        left = Math.round(rngTremor.logUniform(60, 900));
        newBout();
        boutStart = k;
      } else left = Math.max(5, Math.round(rngTremor.exponential((meanOn * (1 - p)) / p)));
    }
    left--;
    const act = activity[k];
    restRun = act === ActivityCode.rest ? restRun + 1 : 0;
    // Slow amplitude (τ 15 s, sd 0.2 in log) and frequency (τ 60 s, sd 0.2 Hz) drift within a bout.
    logDev = phiA * logDev + Math.sqrt(1 - phiA * phiA) * 0.2 * rngTremor.normal();
    hzDev = phiF * hzDev + Math.sqrt(1 - phiF * phiF) * 0.2 * rngTremor.normal();
    if (!on) continue;
    // Rest tremor is suppressed by voluntary movement and re-emerges a few seconds after the
    // hand comes back to rest; bouts ramp in and out over 2–3 s.
    const sinceStart = k - boutStart + 1;
    const ramp = Math.min(1, sinceStart / 3, left / 3 + 0.34, Math.max(0, (restRun - 4) / 3));
    const hz = Math.min(7, Math.max(3.5, boutHz + hzDev));
    bout[k] = bouts.length - 1;
    tremorHz[k] = hz;
    const rms = act === ActivityCode.rest ? boutAmp * Math.exp(logDev) * (1 - med[k]) * Math.max(0, ramp) : 0;
    tremorRms[k] = rms;
    tremor[k] = rms >= LABEL_MIN_TREMOR_RMS ? 1 : 0;
  }
  for (let k = 0; k < n; k++) if (tremorRms[k] === 0) tremorHz[k] = Number.NaN;

  // --- slow orientation of gravity in the sensor frame -----------------------------------
  const theta = new Float32Array(n);
  const phi = new Float32Array(n);
  let th = rngOri.uniform(0.3, 2.8);
  let ph = rngOri.uniform(-Math.PI, Math.PI);
  for (let k = 0; k < n; k++) {
    const act = activity[k];
    // Random-walk step per second, rad: slow at rest and asleep, faster when moving.
    const step = act === ActivityCode.sleep ? 0.003 : act === ActivityCode.rest || act === ActivityCode.typing ? 0.01 : 0.04;
    th += step * rngOri.normal();
    ph += step * rngOri.normal();
    // Turning over in bed: a new posture about every 40 min of sleep.
    if (act === ActivityCode.sleep && rngOri.next() < 1 / 2400) {
      th = rngOri.uniform(0.2, 2.9);
      ph = rngOri.uniform(-Math.PI, Math.PI);
    }
    th = Math.min(3.0, Math.max(0.15, th));
    theta[k] = th;
    phi[k] = ph;
  }

  return {
    seed: opts.seed, durationS: opts.durationS, startMs, patient, doses, segments, bouts,
    activity, segment, tremor, tremorRms, tremorHz, bout, med, theta, phi,
  };
}

/** The generator's labels for one minute. */
export interface MinuteTruth {
  minute: number;
  /** Fraction of the minute's seconds with tremor labelled present (0–1). */
  tremorFraction: number;
  /** True when at least half the minute has tremor. */
  tremor: boolean;
  /** Mean tremor frequency over the tremor seconds, Hz (null when none). */
  tremorHz: number | null;
  /** Mean tremor RMS over the tremor seconds, m/s² (0 when none). */
  tremorRms: number;
  /** Activity that fills most of the minute. */
  activity: Activity;
  /** Seconds of each activity in the minute. */
  activitySeconds: Record<Activity, number>;
  /** Mean medication effect 0–1. */
  med: number;
}

/** Aggregates a plan's per-second truth into minutes (the last minute may be partial). */
export function minuteTruth(plan: MotionPlan): MinuteTruth[] {
  const out: MinuteTruth[] = [];
  const n = plan.activity.length;
  for (let m = 0; m * 60 < n; m++) {
    const a = m * 60;
    const b = Math.min(n, a + 60);
    const counts: Record<Activity, number> = { sleep: 0, rest: 0, walking: 0, typing: 0, gesturing: 0 };
    let tre = 0;
    let hz = 0;
    let rms = 0;
    let med = 0;
    for (let k = a; k < b; k++) {
      counts[ACTIVITIES[plan.activity[k]]]++;
      med += plan.med[k];
      if (plan.tremor[k]) {
        tre++;
        hz += plan.tremorHz[k];
        rms += plan.tremorRms[k];
      }
    }
    let best: Activity = 'rest';
    for (const a2 of ACTIVITIES) if (counts[a2] > counts[best]) best = a2;
    out.push({
      minute: m,
      tremorFraction: tre / (b - a),
      tremor: tre / (b - a) >= 0.5,
      tremorHz: tre > 0 ? hz / tre : null,
      tremorRms: tre > 0 ? rms / tre : 0,
      activity: best,
      activitySeconds: counts,
      med: med / (b - a),
    });
  }
  return out;
}
