/**
 * UTF-8 length of a string in bytes, counted from its UTF-16 units without encoding it, so a
 * 20 MB limit can be checked on any text cheaply. Stops counting once past `limit`.
 * Example: `utf8ByteLength('€1')` → `4` (3 bytes for €, 1 for 1).
 */
export function utf8ByteLength(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}
