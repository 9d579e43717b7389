export { toFhirBundle, TEND_METRIC_SYSTEM, TEND_OBSERVATION_SYSTEM } from './fhir';
export type { ExportObservation } from './fhir';
export { toTendCsv } from './tend-csv';
