import { isIP } from 'node:net';

/**
 * Which addresses the link checker may connect to: public unicast only. Pure, so every range is
 * unit-tested; the fetcher calls it on each address DNS returns and connects to that very address.
 */
export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

type V4Range = { base: number; bits: number; reason: string };

const v4 = (cidr: string, reason: string): V4Range => {
  const [address, bits] = cidr.split('/');
  return { base: parseIPv4(address!)!, bits: Number(bits), reason };
};

/** IANA special-purpose IPv4 ranges that are not the public internet. */
const V4_FORBIDDEN: V4Range[] = [
  v4('0.0.0.0/8', '"this network" (0.0.0.0/8)'),
  v4('10.0.0.0/8', 'private network (10/8)'),
  v4('100.64.0.0/10', 'carrier-grade NAT (100.64/10)'),
  v4('127.0.0.0/8', 'loopback (127/8)'),
  v4('169.254.0.0/16', 'link-local, incl. cloud metadata (169.254/16)'),
  v4('172.16.0.0/12', 'private network (172.16/12)'),
  v4('192.0.0.0/24', 'IETF protocol assignments (192.0.0/24)'),
  v4('192.0.2.0/24', 'documentation (192.0.2/24)'),
  v4('192.88.99.0/24', '6to4 relay anycast (192.88.99/24)'),
  v4('192.168.0.0/16', 'private network (192.168/16)'),
  v4('198.18.0.0/15', 'benchmarking (198.18/15)'),
  v4('198.51.100.0/24', 'documentation (198.51.100/24)'),
  v4('203.0.113.0/24', 'documentation (203.0.113/24)'),
  v4('224.0.0.0/4', 'multicast (224/4)'),
  v4('240.0.0.0/4', 'reserved (240/4, incl. broadcast)'),
];

export function parseIPv4(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

function inV4(value: number, range: V4Range): boolean {
  const size = 2 ** (32 - range.bits);
  return Math.floor(value / size) === Math.floor(range.base / size);
}

export function checkIPv4(address: string): AddressVerdict {
  const value = parseIPv4(address);
  if (value === null) return { allowed: false, reason: `not an IPv4 address: ${address}` };
  const hit = V4_FORBIDDEN.find((range) => inV4(value, range));
  return hit ? { allowed: false, reason: hit.reason } : { allowed: true };
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail is folded into the last two). */
export function parseIPv6(input: string): number[] | null {
  let address = input.toLowerCase();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  if (address.includes('%')) address = address.slice(0, address.indexOf('%')); // zone id
  if (isIP(address) !== 6) return null;
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (dotted) {
    const value = parseIPv4(dotted[1]!);
    if (value === null) return null;
    address = `${address.slice(0, dotted.index)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...headGroups, ...(tail === undefined ? [] : Array(missing).fill('0')), ...tailGroups].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const embeddedV4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

export function checkIPv6(address: string): AddressVerdict {
  const g = parseIPv6(address);
  if (!g) return { allowed: false, reason: `not an IPv6 address: ${address}` };
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return { allowed: false, reason: 'unspecified address (::)' };
  if (zeros(0, 7) && g[7] === 1) return { allowed: false, reason: 'loopback (::1)' };
  // IPv4 inside IPv6: judged by the IPv4 address they carry.
  const inner = (high: number, low: number, kind: string): AddressVerdict => {
    const verdict = checkIPv4(embeddedV4(high, low));
    return verdict.allowed ? verdict : { allowed: false, reason: `${kind} ${verdict.reason}` };
  };
  if (zeros(0, 5) && g[5] === 0xffff) return inner(g[6]!, g[7]!, 'IPv4-mapped');
  if (zeros(0, 6)) return inner(g[6]!, g[7]!, 'IPv4-compatible');
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return inner(g[6]!, g[7]!, 'NAT64');
  if (g[0] === 0x2002) return inner(g[1]!, g[2]!, '6to4');
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return { allowed: false, reason: 'unique local address (fc00::/7)' };
  if ((first & 0xffc0) === 0xfe80) return { allowed: false, reason: 'link-local (fe80::/10)' };
  if ((first & 0xffc0) === 0xfec0) return { allowed: false, reason: 'site-local (fec0::/10)' };
  if ((first & 0xff00) === 0xff00) return { allowed: false, reason: 'multicast (ff00::/8)' };
  // Only global unicast (2000::/3) is the public internet; within it, a few special blocks are not.
  if ((first & 0xe000) !== 0x2000) return { allowed: false, reason: 'reserved IPv6 range (outside 2000::/3)' };
  if (first === 0x2001 && g[1]! < 0x0200) return { allowed: false, reason: 'IETF protocol assignments, incl. Teredo (2001::/23)' };
  if (first === 0x2001 && g[1] === 0x0db8) return { allowed: false, reason: 'documentation (2001:db8::/32)' };
  return { allowed: true };
}

/** Any IP address, v4 or v6 (bracketed or with a zone accepted). */
export function checkAddress(address: string): AddressVerdict {
  const bare = address.startsWith('[') ? address.slice(1, -1) : address;
  if (isIP(bare) === 4) return checkIPv4(bare);
  if (parseIPv6(bare)) return checkIPv6(bare);
  return { allowed: false, reason: `not an IP address: ${address}` };
}

/**
 * What can be refused from the URL alone, before any DNS: other schemes, credentials, local names
 * and literal addresses outside the public internet.
 */
export function checkUrlTarget(rawUrl: string): AddressVerdict {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { allowed: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { allowed: false, reason: `only http and https, not ${url.protocol}` };
  if (url.username || url.password) return { allowed: false, reason: 'no credentials in the address' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return { allowed: false, reason: 'no host' };
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) {
    return { allowed: false, reason: `local host name ${host}` };
  }
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIP(literal)) return checkAddress(literal);
  // WHATWG URL already turns 0x7f.1, 2130706433 and 127.1 into 127.0.0.1, so what is left is a name.
  return { allowed: true };
}
