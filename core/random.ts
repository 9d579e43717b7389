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
