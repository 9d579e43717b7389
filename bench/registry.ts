/** Every benchmark `npm run bench` knows; each returns a JSON-able result. */
export const benchmarks: Record<string, () => Promise<Record<string, unknown>>> = {};
