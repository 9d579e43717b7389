/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): a small, fast, seeded PRNG, uniform on
 * [0, 1). For simulations, fixtures and resampling tests that must give the same numbers
 * on every run — never for anything secret (use node:crypto for that).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draws N(0, 1) from a uniform source such as `mulberry32(seed)`, by the
 * Box–Muller transform (Box & Muller 1958): each pair of uniforms gives two independent
 * normals, the second kept for the next call. Deterministic for a seeded source.
 */
export function standardNormal(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}
