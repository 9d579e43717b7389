/**
 * FHIR R4 Observations → readings: a Bundle (any type), a single Observation, a JSON
 * array of resources, or NDJSON (bulk data export). Other resources (the Patient) are
 * ignored. http://hl7.org/fhir/R4/observation.html
 *
 * - Metric: a coding in Tend's code system (`urn:tend:metric`, what Tend exports) wins;
 *   else a LOINC code known to api/metrics.ts, plus a few common equivalents (glucose in
 *   blood/serum/capillary blood, body temperature by site). A blood-pressure panel is read
 *   through its `component`s. An Observation with no known code is an error.
 * - Time: `effectiveDateTime`, `effectiveInstant` or `effectivePeriod.start`; FHIR
 *   requires an offset whenever a time is given, and so does Tend.
 * - Value: `valueQuantity.value` in the UCUM `code` (or `unit`), converted to canonical.
 * - Status `entered-in-error` or `cancelled` → skipped (counted).
 * - Id: a Tend identifier (`urn:tend:observation`, what Tend exports) is kept verbatim, so
 *   importing Tend's own export adds nothing; otherwise the content hash (ids.ts).
 */
import { isMetricCode, METRICS } from '../../api/metrics';
import type { MetricCode } from '../../api/metrics';
import { TEND_METRIC_SYSTEM, TEND_OBSERVATION_SYSTEM } from '../exports/fhir';
import { Collector } from './collector';
import type { JsonPath } from './json-scan';
import { readJsonDocs } from './nightscout';
import { parseIsoTime } from './times';
import type { ImportOptions, ImportResult } from './types';

type Obj = Record<string, unknown>;

const LOINC_TO_METRIC = new Map<string, MetricCode>();
for (const m of Object.values(METRICS)) if (m.loinc) LOINC_TO_METRIC.set(m.loinc, m.code);
for (const [code, metric] of [
  ['2339-0', 'glucose'], // Glucose [Mass/volume] in Blood
  ['2345-7', 'glucose'], // Glucose [Mass/volume] in Serum or Plasma
  ['41653-7', 'glucose'], // Glucose [Mass/volume] in Capillary blood by Glucometer
  ['14743-9', 'glucose'], // Glucose [Moles/volume] in Capillary blood by Glucometer
  ['15074-8', 'glucose'], // Glucose [Moles/volume] in Blood
  ['8331-1', 'body_temperature'], // Oral temperature
  ['8332-9', 'body_temperature'], // Rectal temperature
  ['8328-7', 'body_temperature'], // Axillary temperature
  ['8333-7', 'body_temperature'], // Tympanic membrane temperature
  ['2708-6', 'spo2'], // Oxygen saturation in Arterial blood
] as const) {
  if (!LOINC_TO_METRIC.has(code)) LOINC_TO_METRIC.set(code, metric);
}
/** UCUM codes whose api/metrics.ts spelling differs. */
const UCUM_ALIASES: Record<string, string> = { '{beats}/min': '/min', '{Beats}/min': '/min', 'beats/min': '/min', '[degF]': '[degF]', 'm/s^2': 'm/s2' };

const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

function metricOf(code: unknown): MetricCode | null {
  const codings = isObj(code) && Array.isArray(code.coding) ? (code.coding as unknown[]).filter(isObj) : [];
  for (const c of codings) if (c.system === TEND_METRIC_SYSTEM && typeof c.code === 'string' && isMetricCode(c.code)) return c.code;
  for (const c of codings) if (c.system === 'http://loinc.org' && typeof c.code === 'string' && LOINC_TO_METRIC.has(c.code)) return LOINC_TO_METRIC.get(c.code)!;
  return null;
}

function unitFor(metric: MetricCode, q: Obj): string | undefined {
  const accepts = METRICS[metric].accepts;
  for (const u of [q.code, q.unit]) {
    if (typeof u !== 'string') continue;
    if (Object.hasOwn(accepts, u)) return u;
    const alias = Object.hasOwn(UCUM_ALIASES, u) ? UCUM_ALIASES[u] : undefined;
    if (alias && Object.hasOwn(accepts, alias)) return alias;
  }
  // No unit the catalogue knows: hand the given one on so toCanonical names it in the error.
  return typeof q.code === 'string' ? q.code : typeof q.unit === 'string' ? q.unit : undefined;
}

function observation(out: Collector, r: Obj, where: number | JsonPath): void {
  if (r.status === 'entered-in-error' || r.status === 'cancelled') {
    out.skip(where, `Observation with status "${String(r.status)}": withdrawn at the source`);
    return;
  }
  const period = isObj(r.effectivePeriod) ? r.effectivePeriod.start : undefined;
  const when = r.effectiveDateTime ?? r.effectiveInstant ?? period;
  const t = typeof when === 'string' ? parseIsoTime(when) : NaN;
  if (Number.isNaN(t)) {
    out.error(where, `effectiveDateTime: ${when === undefined ? 'missing' : `${JSON.stringify(when)} is not a date-time with an offset`}`);
    return;
  }
  const identifiers = Array.isArray(r.identifier) ? (r.identifier as unknown[]).filter(isObj) : [];
  const tendId = identifiers.find((i) => i.system === TEND_OBSERVATION_SYSTEM && typeof i.value === 'string')?.value as string | undefined;
  const one = (code: unknown, q: unknown, field: string, id: string | undefined) => {
    const metric = metricOf(code);
    if (!metric) {
      const codes = isObj(code) && Array.isArray(code.coding) ? (code.coding as Obj[]).map((c) => `${String(c.system)}|${String(c.code)}`).join(', ') : 'none';
      out.error(where, `${field === 'valueQuantity' ? 'code' : `${field.replace('.valueQuantity', '')}.code`}: no metric for the codes ${codes}`);
      return;
    }
    if (!isObj(q) || typeof q.value !== 'number') {
      out.error(where, `${field}.value: missing or not a number`);
      return;
    }
    out.observation(where, `${field}.value`, metric, t, q.value, unitFor(metric, q), id ? { id } : undefined);
  };
  if (r.valueQuantity === undefined && Array.isArray(r.component)) {
    (r.component as unknown[]).filter(isObj).forEach((c, i) => one(c.code, c.valueQuantity, `component[${i}].valueQuantity`, tendId ? `${tendId}.${i}` : undefined));
    return;
  }
  one(r.code, r.valueQuantity, 'valueQuantity', tendId);
}

export function parseFhir(text: string, opts: ImportOptions = {}): ImportResult {
  const out = new Collector('fhir', opts);
  const { docs, error } = readJsonDocs(text);
  if (error) {
    out.error(error.line, error.message);
    return out.finish();
  }
  const visit = (r: unknown, where: number | JsonPath) => {
    if (!isObj(r)) {
      out.error(where, 'resource: not a JSON object');
      return;
    }
    if (r.resourceType === 'Bundle') {
      const entries = Array.isArray(r.entry) ? r.entry : [];
      entries.forEach((e: unknown, i) => {
        const at = typeof where === 'number' ? where : [...where, 'entry', i, 'resource'];
        if (isObj(e) && e.resource !== undefined) visit(e.resource, at);
      });
    } else if (r.resourceType === 'Observation') observation(out, r, where);
    else if (typeof r.resourceType !== 'string') out.error(where, 'resourceType: missing');
  };
  for (const { doc, where } of docs) visit(doc, where);
  return out.finish(text);
}
