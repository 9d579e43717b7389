import { app, session, type WebContents } from 'electron';

/**
 * Window hardening after Actual's and Signal's desktop shells: no new windows, no
 * navigation away from the app, no permissions but the microphone (baby monitor) and
 * notifications, and no webviews.
 */
export function harden(): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (ev, url) => {
      if (!url.startsWith('file://') && !url.startsWith(process.env.ELECTRON_RENDERER_URL ?? '\u0000')) ev.preventDefault();
    });
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => {
    callback(permission === 'media' || permission === 'notifications');
  });
}
