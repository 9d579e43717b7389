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

export function useRoute(): RoutePath {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const on = () => setRoute(current());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** The part of the hash after the screen's name: `#/baby/settings` gives `settings`, `#/baby` ''. */
const currentSub = (): string => window.location.hash.replace(/^#\/?/, '').split('?')[0]!.split('/')[1] ?? '';

/**
 * A screen's own sub-page, from the hash. The shell keeps the screen mounted while only
 * this changes (the baby monitor keeps listening while its settings are open).
 */
export function useSubRoute(): string {
  const [sub, setSub] = useState(currentSub);
  useEffect(() => {
    const on = () => setSub(currentSub());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return sub;
}
