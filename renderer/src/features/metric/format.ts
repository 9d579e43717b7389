import { METRICS, MGDL_PER_MMOLL, isMetricCode } from '../../../../api/metrics';

/** Formats a canonical value for display in the user's chosen units. */
export function formatValue(metric: string, value: number, glucoseUnit: 'mg/dL' | 'mmol/L' = 'mg/dL'): string {
  if (metric === 'glucose') return glucoseUnit === 'mmol/L' ? `${(value / MGDL_PER_MMOLL).toFixed(1)} mmol/L` : `${Math.round(value)} mg/dL`;
  if (metric === 'cry_probability') return `${Math.round(value * 100)} %`;
  const unit = isMetricCode(metric) ? METRICS[metric].unit : '';
  // Blood pressure is read in whole mmHg ("128/84"), whatever its size.
  const digits = Math.abs(value) >= 100 || unit === 'mmHg' ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

export function displayName(metric: string): string {
  return isMetricCode(metric) ? METRICS[metric].display : metric;
}

export function ago(iso: string, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 90) return `${s} s ago`;
  if (s < 5400) return `${Math.round(s / 60)} min ago`;
  if (s < 172800) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} days ago`;
}
