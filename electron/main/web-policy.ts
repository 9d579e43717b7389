/**
 * What the desktop window may do, as pure decisions (no `electron` import), so they are
 * tested in plain Node where Electron's binary is absent; electron/main/security.ts
 * wires them to Electron's events.
 *
 * "The app's own page" is the renderer's index.html that the shell loaded (a `file://`
 * URL), or, in development, the dev server's origin (`ELECTRON_RENDERER_URL`). Any other
 * `file://` page — an HTML file dropped on the window, a page under the user's home — is
 * not the app and would otherwise get the preload bridge (`window.tend.invoke`) with the
 * user's rights.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The `file://` URL of a page on disk, as Electron's `loadFile` makes it. */
export function fileUrlOf(path: string): string {
  const p = path.replace(/\\/g, '/');
  return new URL(`file://${p.startsWith('/') ? '' : '/'}${encodeURI(p).replace(/#/g, '%23').replace(/\?/g, '%3F')}`).href;
}

/**
 * True when `target` is the app's own page: the same file as `appUrl` (its route in the
 * hash or query may differ), or, for a dev server, the same origin.
 */
export function isAppPage(target: string, appUrl: string): boolean {
  const t = parse(target);
  const a = parse(appUrl);
  if (!t || !a) return false;
  if (a.protocol === 'file:') {
    return t.protocol === 'file:' && t.host === a.host && decodeURIComponent(t.pathname) === decodeURIComponent(a.pathname);
  }
  if (a.protocol === 'http:' || a.protocol === 'https:') return t.origin === a.origin;
  return false;
}

/** `will-navigate`/`will-redirect`: may the window go to `target`? Only to the app's own page. */
export function allowNavigation(target: string, appUrl: string): boolean {
  return isAppPage(target, appUrl);
}

/**
 * `setPermissionRequestHandler`: the baby monitor's microphone, asked for by the app's
 * own page, and nothing else — no camera (a request for audio and video together is
 * refused whole), no notifications (the shell raises OS notifications itself), no
 * geolocation, no other page.
 */
export function allowPermissionRequest(permission: string, details: { requestingUrl?: string; mediaTypes?: readonly string[] }, appUrl: string): boolean {
  if (permission !== 'media') return false;
  if (!details.requestingUrl || !isAppPage(details.requestingUrl, appUrl)) return false;
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'audio');
}

/**
 * `setPermissionCheckHandler`: the synchronous "is it granted?" question (permission
 * queries, device lists). Yes only for the microphone on the app's own page. Electron
 * gives the requesting origin, and the URL of the frame when it knows it; a `file://`
 * origin alone cannot tell the app from another file, so the URL is required there.
 */
export function allowPermissionCheck(permission: string, requestingOrigin: string, details: { requestingUrl?: string; mediaType?: string }, appUrl: string): boolean {
  if (permission !== 'media' || details.mediaType !== 'audio') return false;
  const a = parse(appUrl);
  if (!a) return false;
  if (details.requestingUrl) return isAppPage(details.requestingUrl, appUrl);
  return a.protocol !== 'file:' && parse(requestingOrigin)?.origin === a.origin;
}
