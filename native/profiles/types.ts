import type { MetricCode } from '../../api/metrics';

/**
 * One observation a decoder found in a frame, already in the metric's canonical unit
 * (api/metrics.ts). `t` (ISO 8601 UTC) is set only when the frame itself, or the
 * caller's `baseTime`, says when it was measured; otherwise the caller stamps arrival time.
 */
export interface ProfileObservation {
  metric: MetricCode;
  value: number;
  unit: string;
  t?: string;
}

/** Options every decoder accepts; each uses what applies to it. */
export interface DecodeOptions {
  /**
   * CGM: the session start time; a measurement's time is baseTime + Time Offset minutes.
   */
  baseTime?: Date;
  /**
   * The device clock's offset from UTC in minutes, for profiles that send a wall-clock
   * Date Time without a zone (Glucose, Thermometer, Blood Pressure, PLX). Default 0:
   * the simulators and most hubs set device clocks to UTC; a wrong device clock is a fact
   * to record and correct upstream (Tidepool's BootstrappingToUTC), not to guess at here.
   */
  utcOffsetMinutes?: number;
  /** RACP: which service the control point belongs to (decides what filter type 0x01 means). Default 'glucose'. */
  racpProfile?: 'glucose' | 'cgm';
}

/** What every decoder returns. */
export interface Decoded<F> {
  fields: F;
  observations: ProfileObservation[];
}
