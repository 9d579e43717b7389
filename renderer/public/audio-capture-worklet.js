/* global AudioWorkletProcessor, registerProcessor, sampleRate */
/**
 * The baby monitor's microphone tap (renderer/src/features/baby/microphone.ts). Runs on the
 * audio rendering thread: mixes to mono, downsamples to 16 kHz (the cry model's rate) by
 * averaging the input samples that fall in each output period — a box low-pass before
 * decimation, enough for a cry's energy (mostly below 4 kHz) — and posts every ~100 ms
 * `{pcm: Int16Array, rms, peak}` (rms/peak of the input, full scale 1).
 *
 * Served by the app itself from renderer/public so the strict CSP (`script-src 'self'`)
 * allows it in the hub and in Electron alike.
 */
const OUT_RATE = 16000;
const POST_EVERY = 1600; // output samples: 100 ms

class CaptureProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.step = sampleRate / OUT_RATE;
    this.pos = 0;
    this.next = this.step;
    this.acc = 0;
    this.n = 0;
    this.out = new Int16Array(POST_EVERY);
    this.len = 0;
    this.sumSq = 0;
    this.count = 0;
    this.peak = 0;
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) return true;
    const channels = input.length;
    const frames = input[0].length;
    for (let i = 0; i < frames; i++) {
      let x = 0;
      for (let c = 0; c < channels; c++) x += input[c][i];
      x /= channels;
      this.sumSq += x * x;
      this.count++;
      const a = x < 0 ? -x : x;
      if (a > this.peak) this.peak = a;
      this.acc += x;
      this.n++;
      this.pos += 1;
      if (this.pos >= this.next) {
        const y = this.acc / this.n;
        this.acc = 0;
        this.n = 0;
        this.next += this.step;
        this.out[this.len++] = Math.max(-32768, Math.min(32767, Math.round(y * 32768)));
        if (this.len === POST_EVERY) this.flush();
      }
    }
    // Keep the counters small over hours of listening.
    if (this.pos > 1e6) {
      this.pos -= 1e6;
      this.next -= 1e6;
    }
    return true;
  }

  flush() {
    const pcm = this.out.slice(0, this.len);
    const rms = this.count ? Math.sqrt(this.sumSq / this.count) : 0;
    this.port.postMessage({ pcm, rms, peak: this.peak, sampleRate: OUT_RATE }, [pcm.buffer]);
    this.len = 0;
    this.sumSq = 0;
    this.count = 0;
    this.peak = 0;
  }
}

registerProcessor('tend-capture', CaptureProcessor);
