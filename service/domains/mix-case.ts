/**
 * DNS 0x20 (draft-vixie-dnsext-dns0x20-00): each ASCII letter of the query name, bytes `from` to
 * `to` of `wire`, gets a random case, and a reply counts only if its question echoes that exact
 * case, which adds about one bit of entropy per letter that an off-path spoofer must guess on top
 * of the id and the port. Label length bytes (at most 63) are never letters and stay as they are.
 */
export function mixCase(wire: Buffer, from: number, to: number, random: (size: number) => Buffer): void {
  const bits = random(((to - from) >> 3) + 1);
  for (let i = from; i < to; i++) {
    const c = wire[i]! | 0x20;
    if (c < 0x61 || c > 0x7a) continue;
    const k = i - from;
    wire[i] = (bits[k >> 3]! >> (k & 7)) & 1 ? c & ~0x20 : c;
  }
}
