/**
 * DNS 0x20 (draft-vixie-dnsext-dns0x20-00): each ASCII letter of the query name gets a random
 * case, and a reply counts only if its question echoes that exact case, which adds about one bit
 * of entropy per letter that an off-path spoofer must guess on top of the id and the port.
 */
export function mixCase(name: string, random: (size: number) => Buffer): string {
  const bits = random(Math.ceil(name.length / 8) + 1);
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const upper = ((bits[i >> 3]! >> (i & 7)) & 1) === 1;
    out += /[a-z]/i.test(ch) ? (upper ? ch.toUpperCase() : ch.toLowerCase()) : ch;
  }
  return out;
}
