import { hostname as osHostname, networkInterfaces } from 'node:os';

/**
 * Which names the hub answers to (its `Host` header). A page on `attacker.example` whose
 * DNS answer is switched to 127.0.0.1 (DNS rebinding) reaches a loopback hub with the
 * browser's blessing, but its requests still say `Host: attacker.example`: refusing
 * names the hub was not given closes that door. Ports are not compared: the hub listens
 * on one port, and a rebinding page cannot choose the name its requests carry.
 */
export interface HostPolicy {
  /** The address the hub listens on, as given (`127.0.0.1`, `0.0.0.0`, `::`, a name). */
  bindHost: string;
  /** Extra names the owner allowed (`tend hub --allow-host NAME`). */
  allow?: readonly string[];
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** An address only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = normalizeName(host);
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Listening on every interface (`0.0.0.0`, `::`). */
export function isWildcard(host: string): boolean {
  const h = normalizeName(host);
  return h === '0.0.0.0' || h === '::' || h === '';
}

/** Lower case, without brackets around IPv6 or a trailing dot. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** The name part of a `Host` header (`[::1]:4477` → `::1`, `Box.local.:80` → `box.local`), or null when malformed. */
export function hostHeaderName(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim();
  const m = /^\[([0-9a-fA-F:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([^:[\]\s/@]+)(?::\d{1,5})?$/.exec(h);
  return m ? normalizeName(m[1]!) : null;
}

/** The machine's own names and interface addresses: what a hub on every interface answers to. */
export function machineNames(interfaces = networkInterfaces(), hostname = safeHostname()): string[] {
  const names = Object.values(interfaces).flatMap((list) => (list ?? []).map((a) => normalizeName(a.address.replace(/%.*$/, ''))));
  if (hostname) names.push(normalizeName(hostname), `${normalizeName(hostname)}.local`);
  return names;
}

function safeHostname(): string {
  try {
    return osHostname();
  } catch {
    return '';
  }
}

/**
 * The names a hub bound to `bindHost` answers to: the bound address itself; the loopback
 * names when it listens on loopback or on every interface; every interface address and
 * the machine's host name when it listens on every interface or a specific address;
 * and whatever the owner allowed.
 */
export function allowedHostNames(policy: HostPolicy, machine: () => string[] = () => machineNames()): Set<string> {
  const bind = normalizeName(policy.bindHost);
  const names = new Set<string>([bind, ...(policy.allow ?? []).map(normalizeName)]);
  if (isLoopback(bind) || isWildcard(bind)) for (const n of LOOPBACK_NAMES) names.add(n);
  if (!isLoopback(bind)) for (const n of machine()) names.add(n);
  names.delete('');
  return names;
}

/**
 * A checker for `Host` headers. Interface addresses change (DHCP, Wi-Fi): an unknown
 * name on a hub that answers to them re-reads the machine's addresses, at most every 10 s.
 */
export function hostChecker(policy: HostPolicy, machine: () => string[] = () => machineNames(), now: () => number = Date.now): (header: string | undefined) => boolean {
  let names = allowedHostNames(policy, machine);
  let readAt = now();
  const reread = !isLoopback(normalizeName(policy.bindHost));
  return (header) => {
    const name = hostHeaderName(header);
    if (name === null) return false;
    if (names.has(name)) return true;
    if (reread && now() - readAt > 10_000) {
      names = allowedHostNames(policy, machine);
      readAt = now();
      return names.has(name);
    }
    return false;
  };
}
