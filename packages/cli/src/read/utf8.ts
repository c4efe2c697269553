/** How many continuation bytes follow a UTF-8 lead byte, or -1 when the byte cannot lead. */
function continuationCount(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/** The second byte's allowed range, which rules out overlong forms, surrogates and values past U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * The offset of the first byte that is not valid UTF-8, or -1. A sequence cut off by the end of
 * `bytes` counts as valid when `final` is false: the next chunk may complete it.
 */
export function firstInvalidUtf8(bytes: Uint8Array, final = true): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const count = continuationCount(lead);
    if (count === 0) {
      i++;
      continue;
    }
    if (count === -1) return i;
    for (let k = 1; k <= count; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return final ? i : -1;
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (byte < low || byte > high) return i;
    }
    i += count + 1;
  }
  return -1;
}

const BINARY_SNIFF_BYTES = 8000;

/** Text files never hold a NUL byte; binary files nearly always do, early on (as git decides). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
