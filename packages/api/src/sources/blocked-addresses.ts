import { BlockList, isIP } from 'node:net';

/** Why an address may not be fetched from a server: each range with the words a person reads. */
const RANGES: readonly { cidr: string; why: string }[] = [
  { cidr: '0.0.0.0/8', why: 'an unspecified ("this network") address' },
  { cidr: '10.0.0.0/8', why: 'a private network address' },
  { cidr: '100.64.0.0/10', why: 'a carrier-grade NAT (shared) address' },
  { cidr: '127.0.0.0/8', why: 'a loopback address (this server itself)' },
  { cidr: '169.254.169.254/32', why: 'the cloud metadata service' },
  { cidr: '169.254.0.0/16', why: 'a link-local address' },
  { cidr: '172.16.0.0/12', why: 'a private network address' },
  { cidr: '192.0.0.0/24', why: 'a reserved (IETF protocol) address' },
  { cidr: '192.0.2.0/24', why: 'a documentation address' },
  { cidr: '192.168.0.0/16', why: 'a private network address' },
  { cidr: '198.18.0.0/15', why: 'a benchmarking address' },
  { cidr: '198.51.100.0/24', why: 'a documentation address' },
  { cidr: '203.0.113.0/24', why: 'a documentation address' },
  { cidr: '224.0.0.0/4', why: 'a multicast address' },
  { cidr: '240.0.0.0/4', why: 'a reserved address' },
  { cidr: '::/128', why: 'an unspecified address' },
  { cidr: '::1/128', why: 'a loopback address (this server itself)' },
  { cidr: '64:ff9b::/96', why: 'a NAT64 address' },
  { cidr: '100::/64', why: 'a discard address' },
  { cidr: '2001:db8::/32', why: 'a documentation address' },
  { cidr: 'fd00:ec2::254/128', why: 'the cloud metadata service' },
  { cidr: 'fc00::/7', why: 'a private (unique local) address' },
  { cidr: 'fe80::/10', why: 'a link-local address' },
  { cidr: 'ff00::/8', why: 'a multicast address' },
];

const lists = RANGES.map(({ cidr, why }) => {
  const [network = '', prefix = '0'] = cidr.split('/');
  const family = isIP(network) === 6 ? 'ipv6' : 'ipv4';
  const list = new BlockList();
  list.addSubnet(network, Number(prefix), family);
  return { list, family, why } as const;
});

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1, ::ffff:a00:1) is checked as the IPv4 address it is. */
function unmapped(address: string): string {
  const lower = address.toLowerCase();
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return address;
}

/** Why a server must not connect to this IP address (SSRF), or null when it is a public address. */
export function blockedAddressReason(address: string): string | null {
  const plain = unmapped(address);
  const version = isIP(plain);
  if (version === 0) return 'not an IP address';
  const family = version === 6 ? 'ipv6' : 'ipv4';
  for (const range of lists) {
    if (range.family === family && range.list.check(plain, family)) return range.why;
  }
  return null;
}
