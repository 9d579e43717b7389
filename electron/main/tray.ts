import { app, Menu, nativeImage, Tray } from 'electron';

/**
 * The tray icon and badge: how many alerts are open, visible when the window is hidden
 * or minimised. A 16×16 dot drawn in code (no asset files), red while any alert is open.
 */
export class AlertTray {
  private tray: Tray | null = null;
  constructor(private readonly show: () => void) {}

  private icon(open: number): Electron.NativeImage {
    const size = 16;
    const px = Buffer.alloc(size * size * 4);
    const [r, g, b] = open > 0 ? [0xb3, 0x26, 0x1e] : [0x1d, 0x7a, 0x3a];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const inside = (x - 7.5) ** 2 + (y - 7.5) ** 2 <= 49;
        const i = (y * size + x) * 4;
        // BGRA, as createFromBitmap expects.
        px[i] = b;
        px[i + 1] = g;
        px[i + 2] = r;
        px[i + 3] = inside ? 255 : 0;
      }
    }
    return nativeImage.createFromBitmap(px, { width: size, height: size });
  }

  update(open: number): void {
    if (!this.tray) {
      this.tray = new Tray(this.icon(open));
      this.tray.on('click', this.show);
      this.tray.setContextMenu(Menu.buildFromTemplate([{ label: 'Open Tend', click: this.show }, { type: 'separator' }, { label: 'Quit', role: 'quit' }]));
    } else {
      this.tray.setImage(this.icon(open));
    }
    const text = open === 0 ? 'Tend: no open alerts' : `Tend: ${open} open alert${open === 1 ? '' : 's'}`;
    this.tray.setToolTip(text);
    // Dock/taskbar badge where the platform has one (macOS, Unity launchers).
    app.setBadgeCount(open);
  }
}
