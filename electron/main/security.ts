import { app, session, type WebContents } from 'electron';
import { allowNavigation, allowPermissionCheck, allowPermissionRequest } from './web-policy';

/**
 * Window hardening after Actual's and Signal's desktop shells: no new windows, no
 * navigation away from the app's own page (`appUrl`; not any `file://`), the microphone
 * (baby monitor) for that page and no other permission, and no webviews. The decisions
 * live in web-policy.ts, tested without Electron.
 */
export function harden(appUrl: string): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (ev, url) => {
      if (!allowNavigation(url, appUrl)) ev.preventDefault();
    });
    contents.on('will-redirect', (ev, url) => {
      if (!allowNavigation(url, appUrl)) ev.preventDefault();
    });
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => {
    const d = details as { requestingUrl?: string; mediaTypes?: string[] };
    callback(allowPermissionRequest(permission, { ...(d.requestingUrl ? { requestingUrl: d.requestingUrl } : {}), ...(d.mediaTypes ? { mediaTypes: d.mediaTypes } : {}) }, appUrl));
  });
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) => {
    const d = details as { requestingUrl?: string; mediaType?: string };
    return allowPermissionCheck(permission, requestingOrigin, { ...(d.requestingUrl ? { requestingUrl: d.requestingUrl } : {}), ...(d.mediaType ? { mediaType: d.mediaType } : {}) }, appUrl);
  });
}
