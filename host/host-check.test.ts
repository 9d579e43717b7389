import { describe, expect, it } from 'vitest';
import { allowedHostNames, hostChecker, hostHeaderName, isLoopback } from './host-check';

const machine = () => ['192.168.1.20', 'fe80::1', 'ward-pc', 'ward-pc.local'];

describe('Host header names', () => {
  it('reads the name from a Host header with or without a port, IPv6 in brackets', () => {
    expect(hostHeaderName('127.0.0.1:4477')).toBe('127.0.0.1');
    expect(hostHeaderName('[::1]:4477')).toBe('::1');
    expect(hostHeaderName('Box.Local.')).toBe('box.local');
    expect(hostHeaderName('a@b')).toBeNull();
    expect(hostHeaderName('a/b')).toBeNull();
    expect(hostHeaderName('')).toBeNull();
    expect(hostHeaderName(undefined)).toBeNull();
  });

  it('knows loopback addresses', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('127.8.0.1')).toBe(true);
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('127.0.0.1.example')).toBe(false);
  });
});

describe('which names a hub answers to', () => {
  it('on loopback: its address and the loopback names, not the machine’s other addresses', () => {
    const names = allowedHostNames({ bindHost: '127.0.0.1' }, machine);
    expect([...names].sort()).toEqual(['127.0.0.1', '::1', 'localhost']);
  });

  it('on every interface: loopback, every interface address and the host name', () => {
    const names = allowedHostNames({ bindHost: '0.0.0.0' }, machine);
    for (const n of ['localhost', '127.0.0.1', '::1', '192.168.1.20', 'ward-pc', 'ward-pc.local', '0.0.0.0']) expect(names.has(n), n).toBe(true);
    expect(names.has('attacker.example')).toBe(false);
  });

  it('on one address: that address, the machine’s names and the allowed ones, not loopback', () => {
    const names = allowedHostNames({ bindHost: '192.168.1.20', allow: ['Tend.Ward.Example'] }, machine);
    expect(names.has('192.168.1.20')).toBe(true);
    expect(names.has('tend.ward.example')).toBe(true);
    expect(names.has('localhost')).toBe(false);
  });

  it('re-reads the machine’s addresses for an unknown name at most every 10 s', () => {
    let addresses = ['192.168.1.20'];
    let now = 0;
    const check = hostChecker({ bindHost: '0.0.0.0' }, () => addresses, () => now);
    addresses = ['10.0.0.7'];
    expect(check('10.0.0.7:4477')).toBe(false);
    now = 10_001;
    expect(check('10.0.0.7:4477')).toBe(true);
    expect(check('attacker.example')).toBe(false);
  });
});
