import { useEffect, useState } from 'react';

/**
 * Kiosk mode, kept on this machine (a setting of the kiosk, not of a patient): a PIN
 * (stored only as a salted SHA-256), the inactivity after which the app locks itself to
 * the board, and whether it is locked now. While locked, every route leads back to
 * `#/kiosk` and leaving needs the PIN.
 */
export interface KioskConfig {
  /** hex SHA-256 of salt + PIN; null: no PIN set, kiosk mode unavailable. */
  pinHash: string | null;
  salt: string;
  /** Minutes without input before locking to the board; 0 = never. */
  autoLockMin: number;
  locked: boolean;
}
const KEY = 'tend.kiosk';
const EVENT = 'tend-kiosk-change';

export function loadKiosk(): KioskConfig {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<KioskConfig>;
    return { pinHash: raw.pinHash ?? null, salt: raw.salt ?? '', autoLockMin: raw.autoLockMin ?? 5, locked: raw.locked === true && !!raw.pinHash };
  } catch {
    return { pinHash: null, salt: '', autoLockMin: 5, locked: false };
  }
}

export function saveKiosk(patch: Partial<KioskConfig>): KioskConfig {
  const next = { ...loadKiosk(), ...patch };
  window.localStorage.setItem(KEY, JSON.stringify(next));
  window.dispatchEvent(new Event(EVENT));
  return next;
}

async function sha256Hex(text: string): Promise<string> {
  const subtle = window.crypto?.subtle;
  if (subtle) {
    const d = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  // Insecure contexts have no SubtleCrypto: FNV-1a keeps the PIN out of plain sight at least.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `fnv-${h.toString(16)}`;
}

export const PIN_PATTERN = /^\d{4,8}$/;

export async function setPin(pin: string): Promise<KioskConfig> {
  const salt = [...window.crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return saveKiosk({ pinHash: await sha256Hex(salt + pin), salt });
}

export async function checkPin(pin: string): Promise<boolean> {
  const cfg = loadKiosk();
  return !!cfg.pinHash && (await sha256Hex(cfg.salt + pin)) === cfg.pinHash;
}

export function lockKiosk(): void {
  if (!loadKiosk().pinHash) return;
  saveKiosk({ locked: true });
  if (!window.location.hash.startsWith('#/kiosk')) window.location.hash = '#/kiosk';
}

export function useKiosk(): KioskConfig {
  const [cfg, setCfg] = useState(loadKiosk);
  useEffect(() => {
    const on = () => setCfg(loadKiosk());
    window.addEventListener(EVENT, on);
    window.addEventListener('storage', on);
    return () => {
      window.removeEventListener(EVENT, on);
      window.removeEventListener('storage', on);
    };
  }, []);
  return cfg;
}

/**
 * Keeps a locked kiosk on the board and locks it after inactivity. Mounted once, app-wide.
 */
export function useKioskGuard(): void {
  const cfg = useKiosk();
  useEffect(() => {
    if (!cfg.locked) return;
    const back = () => {
      if (!window.location.hash.startsWith('#/kiosk')) window.location.hash = '#/kiosk';
    };
    back();
    window.addEventListener('hashchange', back);
    return () => window.removeEventListener('hashchange', back);
  }, [cfg.locked]);
  useEffect(() => {
    if (cfg.locked || !cfg.pinHash || cfg.autoLockMin <= 0) return;
    let last = Date.now();
    const touch = () => (last = Date.now());
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, touch, { passive: true });
    const timer = setInterval(() => {
      if (Date.now() - last >= cfg.autoLockMin * 60_000) lockKiosk();
    }, 5_000);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, touch);
    };
  }, [cfg.locked, cfg.pinHash, cfg.autoLockMin]);
}
