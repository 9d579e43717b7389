/**
 * A small in-place radix-2 FFT (iterative Cooley–Tukey, decimation in time; Cooley &
 * Tukey 1965) and the Welch power-spectral-density estimate built on it (Welch 1967,
 * "The use of fast Fourier transform for the estimation of power spectra", IEEE Trans.
 * Audio Electroacoust. 15(2)). Tables are made once per size, so transforms allocate nothing.
 */

/** Forward DFT of length n (a power of two): X_k = Σ_m x_m · e^(−2πi·k·m/n), in place. */
export class Fft {
  readonly n: number;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly rev: Uint32Array;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 2 || (n & (n - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 2, got ${n}`);
    this.n = n;
    this.cos = new Float64Array(n / 2);
    this.sin = new Float64Array(n / 2);
    for (let k = 0; k < n / 2; k++) {
      this.cos[k] = Math.cos((2 * Math.PI * k) / n);
      this.sin[k] = Math.sin((2 * Math.PI * k) / n);
    }
    this.rev = new Uint32Array(n);
    const bits = Math.log2(n);
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >>> b) & 1) << (bits - 1 - b);
      this.rev[i] = r;
    }
  }

  /** Transforms (re, im) in place; both arrays must have length ≥ n. */
  transform(re: Float64Array, im: Float64Array): void {
    const n = this.n;
    const rev = this.rev;
    for (let i = 0; i < n; i++) {
      const j = rev[i];
      if (j > i) {
        const tr = re[i];
        re[i] = re[j];
        re[j] = tr;
        const ti = im[i];
        im[i] = im[j];
        im[j] = ti;
      }
    }
    const cos = this.cos;
    const sin = this.sin;
    for (let size = 2; size <= n; size <<= 1) {
      const half = size >>> 1;
      const step = n / size;
      for (let start = 0; start < n; start += size) {
        for (let k = 0, tw = 0; k < half; k++, tw += step) {
          const a = start + k;
          const b = a + half;
          const wr = cos[tw];
          const wi = -sin[tw];
          const xr = re[b] * wr - im[b] * wi;
          const xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
  }
}

/** Smallest power of two ≥ n. */
export function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}

/** Symmetric Hann window of length n: w_m = 0.5 − 0.5·cos(2πm/(n−1)). */
export function hann(n: number): Float64Array {
  const w = new Float64Array(n);
  if (n === 1) {
    w[0] = 1;
    return w;
  }
  for (let m = 0; m < n; m++) w[m] = 0.5 - 0.5 * Math.cos((2 * Math.PI * m) / (n - 1));
  return w;
}

/** A one-sided power spectral density: psd[k] at k·df Hz, in (signal unit)²/Hz. */
export interface Psd {
  psd: Float64Array;
  /** Bin spacing, Hz. */
  df: number;
  /** Number of segments averaged. */
  segments: number;
}

/**
 * Welch's estimate for one real signal: Hann-windowed segments of `segLen` samples with
 * `overlap` (0–1), each zero-padded to `nfft` (default the next power of two), periodograms
 * averaged. Scaling is the "density" one: Σ psd[k]·df equals the windowed mean square
 * (Parseval), so band power is the sum over the band's bins times df.
 */
export function welchPsd(x: ArrayLike<number>, rateHz: number, segLen: number, overlap = 0.5, nfft = nextPow2(segLen)): Psd {
  if (segLen > x.length) throw new RangeError(`segment of ${segLen} samples is longer than the signal (${x.length})`);
  if (nfft < segLen) throw new RangeError('nfft must be ≥ segLen');
  const fft = new Fft(nfft);
  const w = hann(segLen);
  let wss = 0;
  for (let m = 0; m < segLen; m++) wss += w[m] * w[m];
  const hop = Math.max(1, Math.round(segLen * (1 - overlap)));
  const re = new Float64Array(nfft);
  const im = new Float64Array(nfft);
  const half = nfft / 2;
  const psd = new Float64Array(half + 1);
  let segments = 0;
  for (let start = 0; start + segLen <= x.length; start += hop) {
    re.fill(0);
    im.fill(0);
    for (let m = 0; m < segLen; m++) re[m] = w[m] * x[start + m];
    fft.transform(re, im);
    for (let k = 0; k <= half; k++) {
      const p = re[k] * re[k] + im[k] * im[k];
      psd[k] += (k === 0 || k === half ? 1 : 2) * p;
    }
    segments++;
  }
  const scale = 1 / (rateHz * wss * segments);
  for (let k = 0; k <= half; k++) psd[k] *= scale;
  return { psd, df: rateHz / nfft, segments };
}
