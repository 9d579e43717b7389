import { useEffect, useState } from 'react';

/** Display preferences kept on this machine (not health data). */
export interface Prefs {
  theme: 'light' | 'dark' | 'system';
  text: 'normal' | 'large';
  glucoseUnit: 'mg/dL' | 'mmol/L';
}
const KEY = 'tend.prefs';
const defaults: Prefs = { theme: 'system', text: 'normal', glucoseUnit: 'mg/dL' };

export function loadPrefs(): Prefs {
  try {
    return { ...defaults, ...(JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<Prefs>) };
  } catch {
    return defaults;
  }
}

export function applyPrefs(p: Prefs): void {
  const dark = p.theme === 'dark' || (p.theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.dataset.text = p.text;
}

export function usePrefs(): [Prefs, (p: Partial<Prefs>) => void] {
  const [prefs, setPrefs] = useState(loadPrefs);
  useEffect(() => applyPrefs(prefs), [prefs]);
  const update = (p: Partial<Prefs>) =>
    setPrefs((cur) => {
      const next = { ...cur, ...p };
      window.localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  return [prefs, update];
}
