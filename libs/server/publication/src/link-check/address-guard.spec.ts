import { checkAddress, checkUrlTarget, parseIPv6 } from './address-guard';

describe('the link checker address guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['100.64.0.1', 'carrier-grade'],
    ['100.127.255.255', 'carrier-grade'],
    ['0.0.0.0', 'this network'],
    ['0.1.2.3', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
  ])('refuses %s (%s)', (address, reason) => {
    const verdict = checkAddress(address);
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.reason).toContain(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '103.10.20.30', '11.0.0.1', '169.253.1.1'])(
    'lets the public IPv4 address %s through',
    (address) => expect(checkAddress(address)).toEqual({ allowed: true }),
  );

  it.each([
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fc00::1', 'unique local'],
    ['fd12:3456:789a::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped link-local'],
    ['::ffff:192.168.0.1', 'IPv4-mapped private'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['64:ff9b::a00:1', 'NAT64 private'],
    ['2002:c0a8:0101::1', '6to4 private'],
    ['2001:db8::1', 'documentation'],
    ['2001::1', 'Teredo'],
    ['100::1', 'reserved'],
    ['[::1]', 'loopback'],
  ])('refuses the IPv6 address %s (%s)', (address, reason) => {
    const verdict = checkAddress(address);
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.reason).toContain(reason);
  });

  it.each(['2001:4860:4860::8888', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:0808:0808::1', '64:ff9b::808:808', '2400:cb00::1'])(
    'lets the public IPv6 address %s through',
    (address) => expect(checkAddress(address)).toEqual({ allowed: true }),
  );

  it('parses IPv6 with compression and dotted tails, and refuses garbage', () => {
    expect(parseIPv6('::ffff:10.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0001]);
    expect(parseIPv6('2001:db8::')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1::2::3')).toBeNull();
    expect(parseIPv6('12345::')).toBeNull();
    expect(checkAddress('not-an-ip').allowed).toBe(false);
    expect(checkAddress('256.1.1.1').allowed).toBe(false);
  });

  it('refuses from the URL alone: other schemes, credentials, local names, literal private addresses in any spelling', () => {
    for (const url of [
      'file:///etc/passwd',
      'ftp://example.com/x',
      'gopher://127.0.0.1:6379/_INFO',
      'http://user:pw@example.com/',
      'http://localhost:3000/',
      'http://api.localhost/',
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f.0.0.1/',
      'http://127.1/',
      'http://[::1]/',
      'http://[::ffff:169.254.169.254]/latest/meta-data',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5:8080/',
      'not a url',
    ]) {
      expect([url, checkUrlTarget(url).allowed]).toEqual([url, false]);
    }
    expect(checkUrlTarget('https://faktapers.id/berita/bupati-resmikan-pasar')).toEqual({ allowed: true });
    expect(checkUrlTarget('http://8.8.8.8/')).toEqual({ allowed: true });
  });
});
