/**
 * Alarm sounds made with WebAudio (no asset files), after the burst patterns of
 * IEC 60601-1-8 (medical electrical equipment, alarm systems) §6.3.3, Table 4: a
 * high-priority burst is 10 pulses grouped 3 + 2 + 3 + 2, repeated; a medium-priority
 * burst is 3 pulses. Pulses are short tones with a few harmonics (the standard asks
 * for ≥ 4 harmonics so the sound is locatable), 150–250 ms apart, at 150–1000 Hz.
 */
export type AlarmLevel = 'high' | 'medium';

/** Pulse start times within one burst (s) and how often the burst repeats (s). */
export const PATTERNS: Record<AlarmLevel, { pulses: number[]; every: number; freq: number }> = {
  high: { pulses: [0, 0.2, 0.4, 1.0, 1.2, 2.0, 2.2, 2.4, 3.0, 3.2], every: 8, freq: 660 },
  medium: { pulses: [0, 0.25, 0.5], every: 20, freq: 520 },
};
const PULSE_S = 0.15;

type AudioCtor = typeof AudioContext;

/** Whether this page can make the alarm heard: `blocked` until the browser lets it play (a click or a key). */
export type SoundState = 'running' | 'blocked' | 'unsupported';

/** One alarm per page: `set('high' | 'medium' | null)`; it repeats until set to null. */
export class Alarm {
  private ctx: AudioContext | null = null;
  private level: AlarmLevel | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unlock = () => void this.ctx?.resume().catch(() => undefined);

  /**
   * `onSound` hears whether the alarm can be heard. Browsers keep a page's audio
   * suspended until someone clicks or presses a key there (autoplay policy): a screen
   * opened by a script, or reloaded at night, would show an alarm without a sound. So the
   * audio is set up at once and its state reported, for the screen to say so.
   */
  constructor(private readonly onSound: (s: SoundState) => void = () => undefined) {
    // Browsers start audio suspended until the user interacts; any click or key unlocks it.
    window.addEventListener('pointerdown', this.unlock);
    window.addEventListener('keydown', this.unlock);
    // Exposed for people's assistive tools and for tests: quiet | medium | high.
    document.documentElement.dataset.alarm = 'quiet';
    const ctx = this.audio();
    if (!ctx) this.report('unsupported');
    else {
      ctx.onstatechange = () => this.report(ctx.state === 'running' ? 'running' : 'blocked');
      this.report(ctx.state === 'running' ? 'running' : 'blocked');
      // Some browsers allow it without a gesture (a kiosk started with the autoplay policy off).
      void ctx.resume().catch(() => undefined);
    }
  }

  private report(s: SoundState): void {
    document.documentElement.dataset.sound = s;
    this.onSound(s);
  }

  /** Asks the browser to let the alarm play (call from a click). */
  enableSound(): Promise<void> {
    return this.ctx?.resume().catch(() => undefined) ?? Promise.resolve();
  }

  get current(): AlarmLevel | null {
    return this.level;
  }

  set(level: AlarmLevel | null): void {
    if (level === this.level) return;
    this.level = level;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    document.documentElement.dataset.alarm = level ?? 'quiet';
    if (level) this.burst();
  }

  dispose(): void {
    this.set(null);
    window.removeEventListener('pointerdown', this.unlock);
    window.removeEventListener('keydown', this.unlock);
    void this.ctx?.close().catch(() => undefined);
  }

  private audio(): AudioContext | null {
    if (this.ctx) return this.ctx;
    const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioCtor }).webkitAudioContext) as AudioCtor | undefined;
    if (!Ctor) return null;
    try {
      this.ctx = new Ctor();
    } catch {
      return null;
    }
    return this.ctx;
  }

  private burst(): void {
    const level = this.level;
    if (!level) return;
    const p = PATTERNS[level];
    const ctx = this.audio();
    if (ctx && ctx.state === 'running') {
      const t0 = ctx.currentTime + 0.05;
      for (const at of p.pulses) this.pulse(ctx, t0 + at, p.freq);
    } else void ctx?.resume().catch(() => undefined);
    this.timer = setTimeout(() => this.burst(), p.every * 1000);
  }

  private pulse(ctx: AudioContext, at: number, freq: number): void {
    const gain = ctx.createGain();
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.25, at + 0.02);
    gain.gain.setValueAtTime(0.25, at + PULSE_S - 0.03);
    gain.gain.linearRampToValueAtTime(0, at + PULSE_S);
    gain.connect(ctx.destination);
    // Fundamental plus four harmonics at falling amplitude.
    [1, 2, 3, 4, 5].forEach((h, i) => {
      const osc = ctx.createOscillator();
      const g = ctx.createGain();
      g.gain.value = 1 / (i + 1);
      osc.frequency.value = freq * h;
      osc.connect(g).connect(gain);
      osc.start(at);
      osc.stop(at + PULSE_S);
    });
  }
}
