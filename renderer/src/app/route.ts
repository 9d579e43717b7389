import { useEffect, useState } from 'react';

/** Hash routes: work the same from the hub, a kiosk and Electron's file:// origin. */
export const ROUTES = [
  { path: 'home', label: 'Overview' },
  { path: 'diabetes', label: 'Diabetes' },
  { path: 'baby', label: 'Baby monitor' },
  { path: 'tremor', label: 'Tremor' },
  { path: 'report', label: 'Reports' },
  { path: 'alerts', label: 'Alerts' },
  { path: 'thresholds', label: 'Thresholds' },
  { path: 'kiosk', label: 'Clinic board' },
  { path: 'devices', label: 'Devices' },
  { path: 'settings', label: 'Settings' },
] as const;
export type RoutePath = (typeof ROUTES)[number]['path'];

const current = (): RoutePath => {
  // The first segment names the screen: `#/report/tremor?subject=…` is the report screen.
  const h = window.location.hash.replace(/^#\/?/, '').split('?')[0]!.split('/')[0] as RoutePath;
  return ROUTES.some((r) => r.path === h) ? h : 'home';
};

/** A value read from the hash, read again at every hash change (`read` must be stable: module-level). */
export function useFromHash<T>(read: () => T): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const on = () => setValue(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, [read]);
  return value;
}

export function useRoute(): RoutePath {
  return useFromHash(current);
}

/** The part of the hash after the screen's name: `#/baby/settings` gives `settings`, `#/baby` ''. */
const currentSub = (): string => window.location.hash.replace(/^#\/?/, '').split('?')[0]!.split('/')[1] ?? '';

/**
 * A screen's own sub-page, from the hash. The shell keeps the screen mounted while only
 * this changes (the baby monitor keeps listening while its settings are open).
 */
export function useSubRoute(): string {
  return useFromHash(currentSub);
}
