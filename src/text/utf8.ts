/**
 * Whether bytes are UTF-8, and where they stop being so: the one check every file the
 * command line and the Node entry read goes through (claims documents, NDJSON and CSV,
 * ledgers, catalogues, patches, scenarios, progress documents), so a file saved in GBK is
 * refused naming the byte where it stops being UTF-8 instead of being decoded with each
 * Chinese character turned into U+FFFD. Browser-safe: the caller may pass a faster
 * validator for the common case (Node's `buffer.isUtf8`); the offset is found here.
 *
 * Valid is what the WHATWG decoder accepts without a replacement: no overlong forms, no
 * surrogates (U+D800–U+DFFF), nothing above U+10FFFF.
 */

/** The length of the sequence a lead byte starts (1 to 4), 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether `second` may follow `lead` (the ranges that rule out overlong forms, surrogates and code points above U+10FFFF). */
function secondFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

/**
 * Where `bytes[start, end)` stop being UTF-8: the index of the first byte of the first
 * sequence that is not whole and valid, or `end` when every sequence is (a sequence cut
 * short by `end` counts as not whole).
 * @example
 * utf8Stop(new TextEncoder().encode("生活费")) // → 9
 * utf8Stop(Uint8Array.of(0x7b, 0xc9, 0xfa, 0x7d)) // → 1
 */
export function utf8Stop(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let i = start;
  while (i < end) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(lead);
    if (n === 0 || i + n > end || !secondFits(lead, bytes[i + 1] as number)) return i;
    for (let k = 2; k < n; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return end;
}

/** True when `bytes[at, end)` are the start of a valid sequence that `end` cuts short (more bytes may complete it). */
function cutShort(bytes: Uint8Array, at: number, end: number): boolean {
  const lead = bytes[at] as number;
  const n = sequenceLength(lead);
  if (n < 2 || end - at >= n) return false;
  if (end - at > 1 && !secondFits(lead, bytes[at + 1] as number)) return false;
  for (let k = at + 2; k < end; k++) if (((bytes[k] as number) & 0xc0) !== 0x80) return false;
  return true;
}

/**
 * Checks a stream of bytes, chunk by chunk, without copying it: a sequence split between
 * two chunks is checked whole, from the few bytes kept of the first. `push` and `end`
 * return the offset (from the first byte pushed) of the first byte that is not UTF-8,
 * or -1 while all is.
 * @example
 * const check = new Utf8Check();
 * const bytes = new TextEncoder().encode("示例");
 * [check.push(bytes.subarray(0, 2)), check.push(bytes.subarray(2)), check.end()] // → [-1,-1,-1]
 * // "生" in GBK is c9 fa: c9 would start a two-byte sequence, fa cannot continue one
 * const gbk = new Utf8Check();
 * [gbk.push(Uint8Array.of(0x22, 0xc9)), gbk.push(Uint8Array.of(0xfa, 0x22)), gbk.end()] // → [-1,1,1]
 */
export class Utf8Check {
  /** The bytes of a sequence the last chunk cut short (at most 3). */
  #carry: Uint8Array = new Uint8Array(0);
  /** Bytes pushed before the current chunk. */
  #pushed = 0;
  /** Set once a byte that is not UTF-8 is found: its offset. */
  #found = -1;
  readonly #fast: ((bytes: Uint8Array) => boolean) | undefined;

  /** `fast`, when given, says whether whole sequences are valid (Node's `buffer.isUtf8`); the offset is found here when it says no. */
  constructor(fast?: (bytes: Uint8Array) => boolean) {
    this.#fast = fast;
  }

  /** Takes the next chunk: the offset of the first byte that is not UTF-8, or -1. */
  push(chunk: Uint8Array): number {
    if (this.#found >= 0) return this.#found;
    let start = 0;
    if (this.#carry.length > 0) {
      const need = sequenceLength(this.#carry[0] as number) - this.#carry.length;
      const take = Math.min(need, chunk.length);
      const joined = new Uint8Array(this.#carry.length + take);
      joined.set(this.#carry);
      joined.set(chunk.subarray(0, take), this.#carry.length);
      const at = this.#pushed - this.#carry.length;
      if (take < need) {
        if (!cutShort(joined, 0, joined.length)) return (this.#found = at);
        this.#carry = joined;
        this.#pushed += chunk.length;
        return -1;
      }
      if (utf8Stop(joined) < joined.length) return (this.#found = at);
      start = take;
    }
    // The chunk's whole sequences end where a sequence the chunk cuts short begins.
    let cut = chunk.length;
    for (let k = chunk.length - 1; k >= start && k >= chunk.length - 3; k--) {
      const b = chunk[k] as number;
      if (b < 0x80) break;
      if (b >= 0xc0) {
        if (cutShort(chunk, k, chunk.length)) cut = k;
        break;
      }
    }
    const whole = chunk.subarray(start, cut);
    if (this.#fast === undefined || !this.#fast(whole)) {
      const stop = utf8Stop(chunk, start, cut);
      if (stop < cut) return (this.#found = this.#pushed + stop);
    }
    this.#carry = chunk.slice(cut);
    this.#pushed += chunk.length;
    return -1;
  }

  /** The stream ended: the offset of a sequence it cut short, or -1 (or the offset found before). */
  end(): number {
    if (this.#found >= 0) return this.#found;
    return this.#carry.length > 0 ? (this.#found = this.#pushed - this.#carry.length) : -1;
  }
}

/**
 * The offset of the first byte of `bytes` that is not UTF-8, or -1 when all are.
 * @example
 * notUtf8At(new TextEncoder().encode('{"source":"示例台账"}')) // → -1
 * // "示例" in GBK is ca be c0 fd: ca be happen to be a UTF-8 sequence (U+02BE), c0 cannot start one
 * notUtf8At(Uint8Array.of(0x7b, 0x22, 0xca, 0xbe, 0xc0, 0xfd)) // → 4
 */
export function notUtf8At(bytes: Uint8Array, fast?: (bytes: Uint8Array) => boolean): number {
  const check = new Utf8Check(fast);
  const at = check.push(bytes);
  return at >= 0 ? at : check.end();
}
