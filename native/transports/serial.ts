/**
 * The serial transport: opens a port with `serialport` (loaded lazily: a native addon),
 * splits what arrives into text lines and reports when the port goes away (a USB board
 * unplugged). It moves bytes only: what a line means is native/profiles' business, and
 * reopening with back-off is the session's (native/session/device-session.ts), shared
 * with BLE so both report progress and errors the same way.
 */
import type * as SerialPortNs from 'serialport';
import { errorMessage, withTimeout } from './timeout';

/** Why a serial link ended. */
export interface SerialLinkClosed {
  /** True when our own `close()` ended it. */
  byUs: boolean;
  /** True when the device disappeared (unplugged; serialport's `err.disconnected`). */
  unplugged: boolean;
  reason: string;
}

export interface SerialLink {
  readonly path: string;
  write(data: string | Uint8Array): Promise<void>;
  /** Lines dropped for exceeding `maxLineBytes` (noise on the wire, wrong baud rate). */
  readonly overlongLines: number;
  /** Settles once, when the port closes for any reason. */
  readonly closed: Promise<SerialLinkClosed>;
  close(): Promise<void>;
}

export interface OpenSerialOptions {
  /** Default 115200 (the ESP32/Arduino sketches in the serial line protocol use it). */
  baudRate?: number;
  /** Called with each line, without its `\n` / `\r\n`. */
  onLine: (line: string) => void;
  /** A line longer than this (bytes) is dropped and counted. Default 4096. */
  maxLineBytes?: number;
  /** Default 5000 ms. */
  openTimeoutMs?: number;
}

/** A port the OS lists. */
export interface SerialPortInfo {
  path: string;
  manufacturer?: string;
  serialNumber?: string;
  vendorId?: string;
  productId?: string;
}

type SerialPortModule = typeof SerialPortNs;

let loaded: Promise<SerialPortModule> | null = null;
function loadSerialport(): Promise<SerialPortModule> {
  loaded ??= import('serialport');
  return loaded;
}

/** Ports the OS knows (USB-serial adapters show vendor/product ids for the manifest). */
export async function listSerialPorts(): Promise<SerialPortInfo[]> {
  const { SerialPort } = await loadSerialport();
  const ports = await SerialPort.list();
  return ports.map((p) => {
    const info: SerialPortInfo = { path: p.path };
    if (p.manufacturer) info.manufacturer = p.manufacturer;
    if (p.serialNumber) info.serialNumber = p.serialNumber;
    if (p.vendorId) info.vendorId = p.vendorId;
    if (p.productId) info.productId = p.productId;
    return info;
  });
}

/**
 * Opens `path` and starts delivering lines. Rejects when the port cannot be opened
 * (e.g. ENOENT while the board is unplugged).
 */
export async function openSerialLink(path: string, opts: OpenSerialOptions): Promise<SerialLink> {
  const { SerialPort } = await loadSerialport();
  const maxLine = opts.maxLineBytes ?? 4096;
  const port = new SerialPort({ path, baudRate: opts.baudRate ?? 115_200, autoOpen: false });
  await withTimeout(
    new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve()))),
    opts.openTimeoutMs ?? 5000,
    `opening ${path}`,
  );

  let overlong = 0;
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let discarding = false;
  port.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] !== 0x0a) continue;
      const piece = chunk.subarray(start, i);
      start = i + 1;
      if (discarding || pendingLen + piece.length > maxLine) {
        if (!discarding) overlong++;
        discarding = false;
        pending = [];
        pendingLen = 0;
        continue;
      }
      const line = Buffer.concat([...pending, piece]).toString('utf8').replace(/\r$/, '');
      pending = [];
      pendingLen = 0;
      try {
        opts.onLine(line);
      } catch {
        // A consumer's bug must not stop the port; the session counts bad frames itself.
      }
    }
    const rest = chunk.subarray(start);
    if (discarding) return;
    if (pendingLen + rest.length > maxLine) {
      overlong++;
      discarding = true;
      pending = [];
      pendingLen = 0;
    } else if (rest.length) {
      pending.push(Buffer.from(rest));
      pendingLen += rest.length;
    }
  });

  let isClosed = false;
  let closeLink: (c: SerialLinkClosed) => void = () => undefined;
  const closed = new Promise<SerialLinkClosed>((resolve) => {
    closeLink = (c) => {
      if (isClosed) return;
      isClosed = true;
      resolve(c);
    };
  });
  let closingByUs = false;
  // Unplugging emits 'close' with err.disconnected=true and no 'error' (environment notes).
  port.on('close', (err: (Error & { disconnected?: boolean }) | null) => {
    closeLink({
      byUs: closingByUs,
      unplugged: err?.disconnected === true,
      reason: closingByUs ? 'closed' : err ? errorMessage(err) : 'port closed',
    });
  });
  port.on('error', (err: Error) => {
    closeLink({ byUs: false, unplugged: false, reason: errorMessage(err) });
    if (port.isOpen) port.close(() => undefined);
  });

  return {
    path,
    get overlongLines() {
      return overlong;
    },
    closed,
    write: (data) =>
      new Promise<void>((resolve, reject) => {
        port.write(typeof data === 'string' ? data : Buffer.from(data), (err) => (err ? reject(err) : port.drain(() => resolve())));
      }),
    close: async () => {
      if (isClosed) return;
      closingByUs = true;
      await new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));
      closeLink({ byUs: true, unplugged: false, reason: 'closed' });
    },
  };
}
