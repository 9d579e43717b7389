/**
 * FHIR R4 export: a `collection` Bundle holding the subject as a Patient and each
 * observation as an Observation (http://hl7.org/fhir/R4/observation.html).
 *
 * - `code`: the metric's LOINC code from api/metrics.ts (glucose 99504-3, the HL7 CGM
 *   implementation guide's interstitial glucose); a metric without one (humidity,
 *   cry_probability, tremor, accel, battery) is coded in Tend's own code system
 *   `TEND_METRIC_SYSTEM` with the metric code. The Tend coding is added alongside LOINC
 *   too, so an import can always recover the exact metric.
 * - `valueQuantity`: canonical value with its UCUM code (`system` http://unitsofmeasure.org).
 * - `effectiveDateTime`: the UTC instant, `…Z`.
 * - `identifier`: `{system: TEND_OBSERVATION_SYSTEM, value: <Tend id>}`; the resource `id`
 *   is the Tend id when it is a valid FHIR id (UUIDs are), else a UUIDv5 of it.
 * - `category`: `vital-signs` for the vital signs (temperature, heart rate, SpO₂, blood
 *   pressure), `laboratory` for glucose, none for the rest.
 */
import { v5 } from 'uuid';
import { isMetricCode, METRICS } from '../../api/metrics';

export const LOINC_SYSTEM = 'http://loinc.org';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** Tend's code system for metric codes (contract section 3). */
export const TEND_METRIC_SYSTEM = 'urn:tend:metric';
/** Identifier system whose values are Tend observation ids. */
export const TEND_OBSERVATION_SYSTEM = 'urn:tend:observation';
const CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
const FHIR_ID_NAMESPACE = 'a7d0f3a6-3b1e-4f0c-8d5e-2c9b6e4f1a10';
const VITALS = new Set(['body_temperature', 'heart_rate', 'spo2', 'systolic_bp', 'diastolic_bp', 'mean_arterial_pressure']);

/** An observation as stored (api/observations.ts `Observation`, the subject aside). */
export interface ExportObservation {
  id: string;
  metric: string;
  /** ISO 8601 UTC. */
  t: string;
  /** Canonical unit of the metric. */
  value: number;
  unit: string;
}

const fhirId = (id: string): string => (/^[A-Za-z0-9\-.]{1,64}$/.test(id) ? id : v5(id, FHIR_ID_NAMESPACE));

/** A FHIR R4 Bundle (type `collection`) of the subject's Observations, as a plain JSON object. */
export function toFhirBundle(subject: { id: string; name: string }, observations: ReadonlyArray<ExportObservation>): Record<string, unknown> {
  const patientId = fhirId(subject.id);
  const patient = {
    resourceType: 'Patient',
    id: patientId,
    identifier: [{ system: 'urn:tend:subject', value: subject.id }],
    name: [{ text: subject.name }],
  };
  const entry: Array<Record<string, unknown>> = [{ fullUrl: `urn:tend:Patient/${patientId}`, resource: patient }];
  for (const o of observations) {
    if (!isMetricCode(o.metric)) throw new RangeError(`observation ${o.id}: unknown metric "${o.metric}"`);
    const info = METRICS[o.metric];
    const coding: Array<Record<string, string>> = [];
    if (info.loinc) coding.push({ system: LOINC_SYSTEM, code: info.loinc, display: info.display });
    coding.push({ system: TEND_METRIC_SYSTEM, code: info.code, display: info.display });
    const id = fhirId(o.id);
    const category = VITALS.has(o.metric) ? 'vital-signs' : o.metric === 'glucose' ? 'laboratory' : null;
    const resource: Record<string, unknown> = {
      resourceType: 'Observation',
      id,
      identifier: [{ system: TEND_OBSERVATION_SYSTEM, value: o.id }],
      status: 'final',
      ...(category ? { category: [{ coding: [{ system: CATEGORY_SYSTEM, code: category }] }] } : {}),
      code: { coding, text: info.display },
      subject: { reference: `Patient/${patientId}`, display: subject.name },
      effectiveDateTime: new Date(o.t).toISOString(),
      valueQuantity: { value: o.value, unit: info.unit, system: UCUM_SYSTEM, code: info.ucum },
    };
    entry.push({ fullUrl: `urn:tend:Observation/${id}`, resource });
  }
  return { resourceType: 'Bundle', type: 'collection', timestamp: new Date().toISOString(), entry };
}
