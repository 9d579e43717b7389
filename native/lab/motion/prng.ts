/**
 * A small seeded pseudo-random generator for the motion lab. sfc32 (Chris Doty-Humphrey's
 * "Small Fast Counting" generator, from PractRand) seeded through splitmix32, so that
 * nearby integer seeds give unrelated streams. Not cryptographic; deterministic across
 * platforms because it only uses 32-bit integer arithmetic.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Integer uniform in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  /** Standard normal (Box–Muller, one value per call; the pair's twin is cached). */
  normal(): number;
  /** Log-uniform in [lo, hi): for scale parameters spread over a ratio. */
  logUniform(lo: number, hi: number): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** An independent child stream, so adding draws in one part of a model does not shift another. */
  fork(label: number): Rng;
}

function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** Creates a generator from any finite number (fractional parts are hashed in too). */
export function createRng(seed: number): Rng {
  const s0 = Math.floor(seed) | 0;
  const frac = Math.floor((seed - Math.floor(seed)) * 0x100000000) | 0;
  const sm = splitmix32(s0 ^ Math.imul(frac, 0x85ebca6b));
  let a = sm() | 0;
  let b = sm() | 0;
  let c = sm() | 0;
  let d = 1;
  const raw = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) raw();
  let spare = Number.NaN;
  const rng: Rng = {
    next: raw,
    uniform: (lo, hi) => lo + (hi - lo) * raw(),
    int: (lo, hi) => lo + Math.floor((hi - lo + 1) * raw()),
    normal: () => {
      if (!Number.isNaN(spare)) {
        const v = spare;
        spare = Number.NaN;
        return v;
      }
      let u = raw();
      while (u <= 1e-300) u = raw();
      const r = Math.sqrt(-2 * Math.log(u));
      const th = 2 * Math.PI * raw();
      spare = r * Math.sin(th);
      return r * Math.cos(th);
    },
    logUniform: (lo, hi) => lo * Math.exp(Math.log(hi / lo) * raw()),
    exponential: (mean) => -mean * Math.log(1 - raw()),
    fork: (label) => createRng(((raw() * 4294967296) >>> 0) ^ Math.imul(label + 1, 0x9e3779b1)),
  };
  return rng;
}
