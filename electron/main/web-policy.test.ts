import { describe, expect, it } from 'vitest';
import { allowNavigation, allowPermissionCheck, allowPermissionRequest, fileUrlOf, isAppPage } from './web-policy';

const app = fileUrlOf('/opt/Tend/resources/app.asar/out/renderer/index.html');
const dev = 'http://localhost:5173/';

describe("the desktop window's navigation", () => {
  it("allows the app's own page with any route in its hash", () => {
    expect(allowNavigation(`${app}#/kiosk`, app)).toBe(true);
    expect(allowNavigation(app, app)).toBe(true);
  });

  it('refuses any other file, such as an HTML file dropped on the window', () => {
    expect(allowNavigation('file:///home/ann/Downloads/evil.html', app)).toBe(false);
    expect(allowNavigation(fileUrlOf('/opt/Tend/resources/app.asar/out/renderer/other.html'), app)).toBe(false);
    expect(allowNavigation('file://attacker.example/share/index.html', fileUrlOf('/opt/Tend/resources/app.asar/out/renderer/index.html'))).toBe(false);
  });

  it('refuses web pages and odd schemes', () => {
    expect(allowNavigation('https://attacker.example/', app)).toBe(false);
    expect(allowNavigation('javascript:alert(1)', app)).toBe(false);
    expect(allowNavigation('not a url', app)).toBe(false);
  });

  it("in development allows the dev server's origin only", () => {
    expect(allowNavigation('http://localhost:5173/#/alerts', dev)).toBe(true);
    expect(allowNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(allowNavigation('file:///tmp/x.html', dev)).toBe(false);
  });

  it('matches a path with spaces however it is encoded', () => {
    const spaced = fileUrlOf('/Users/ann lee/Tend/index.html');
    expect(isAppPage('file:///Users/ann%20lee/Tend/index.html#/x', spaced)).toBe(true);
    expect(fileUrlOf('C:\\Program Files\\Tend\\index.html')).toBe('file:///C:/Program%20Files/Tend/index.html');
  });
});

describe('permissions in the desktop window', () => {
  it("grants the microphone to the app's own page", () => {
    expect(allowPermissionRequest('media', { requestingUrl: `${app}#/baby`, mediaTypes: ['audio'] }, app)).toBe(true);
  });

  it('refuses the camera, and audio with video together', () => {
    expect(allowPermissionRequest('media', { requestingUrl: app, mediaTypes: ['video'] }, app)).toBe(false);
    expect(allowPermissionRequest('media', { requestingUrl: app, mediaTypes: ['audio', 'video'] }, app)).toBe(false);
    expect(allowPermissionRequest('media', { requestingUrl: app, mediaTypes: [] }, app)).toBe(false);
    expect(allowPermissionRequest('media', { requestingUrl: app }, app)).toBe(false);
  });

  it('refuses the microphone to any other page', () => {
    expect(allowPermissionRequest('media', { requestingUrl: 'file:///home/ann/evil.html', mediaTypes: ['audio'] }, app)).toBe(false);
    expect(allowPermissionRequest('media', { requestingUrl: 'https://attacker.example/', mediaTypes: ['audio'] }, app)).toBe(false);
    expect(allowPermissionRequest('media', { mediaTypes: ['audio'] }, app)).toBe(false);
  });

  it('refuses every other permission, notifications and geolocation included', () => {
    for (const p of ['notifications', 'geolocation', 'clipboard-read', 'openExternal', 'midi', 'pointerLock', 'fullscreen']) {
      expect(allowPermissionRequest(p, { requestingUrl: app, mediaTypes: ['audio'] }, app)).toBe(false);
      expect(allowPermissionCheck(p, 'file://', { requestingUrl: app, mediaType: 'audio' }, app)).toBe(false);
    }
  });

  it("answers permission checks: audio on the app's page yes; video, other pages, or an unknown file page no", () => {
    expect(allowPermissionCheck('media', 'file://', { requestingUrl: app, mediaType: 'audio' }, app)).toBe(true);
    expect(allowPermissionCheck('media', 'file://', { requestingUrl: app, mediaType: 'video' }, app)).toBe(false);
    expect(allowPermissionCheck('media', 'file://', { requestingUrl: app, mediaType: 'unknown' }, app)).toBe(false);
    expect(allowPermissionCheck('media', 'file://', { requestingUrl: 'file:///tmp/evil.html', mediaType: 'audio' }, app)).toBe(false);
    // A file:// origin alone could be any file: not enough.
    expect(allowPermissionCheck('media', 'file://', { mediaType: 'audio' }, app)).toBe(false);
    expect(allowPermissionCheck('media', 'http://localhost:5173', { mediaType: 'audio' }, dev)).toBe(true);
    expect(allowPermissionCheck('media', 'http://attacker.example', { mediaType: 'audio' }, dev)).toBe(false);
  });
});
