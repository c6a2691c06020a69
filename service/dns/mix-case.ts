/**
 * DNS 0x20 (draft-vixie-dnsext-dns0x20-00): each ASCII letter of the query name gets a random
 * case, and a reply counts only if its question echoes that exact case, which adds about one bit
 * of entropy per letter that an off-path spoofer must guess on top of the id and the port. Bit k
 * of the random bytes decides the k-th character.
 */
export function mixCase(name: string, random: (size: number) => Buffer): string {
  const bits = random((name.length >> 3) + 1);
  const codes = new Array<number>(name.length);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const lower = c | 0x20;
    codes[i] = lower < 0x61 || lower > 0x7a ? c : (bits[i >> 3]! >> (i & 7)) & 1 ? lower & ~0x20 : lower;
  }
  return String.fromCharCode(...codes);
}
