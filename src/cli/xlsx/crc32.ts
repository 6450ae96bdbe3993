// CRC-32 of zip entries: zlib's own where Node has it (20.15 and later), a table otherwise; and the CRC of two pieces
// joined, from theirs. Node exposes no crc32_combine (zlib has one in C), and the package a CRC library would add is
// more than these lines; the method is zlib's: appending n zero bytes is a linear map over GF(2), squared per bit of n.
import * as zlib from "zlib";

/** the reflected CRC-32 polynomial (IEEE 802.3), as zip uses it */
const POLY = 0xedb88320;

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLY ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `buf`, continuing from `prev`. */
export function crc32(buf: Uint8Array, prev = 0): number {
  const native = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (native) return native(buf, prev);
  let c = ~prev;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** A 32×32 matrix over GF(2), one column per bit, applied to a 32-bit vector. */
function times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i];
  return sum >>> 0;
}

/** `into` = `matrix` × `matrix`. */
function square(into: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < 32; n++) into[n] = times(matrix, matrix[n]);
}

/**
 * The operator that appends `length` zero bytes to a CRC register: the one-zero-bit shift squared once per bit of
 * the length in bits, multiplied in where the length has a one.
 */
function zerosOperator(length: number): Uint32Array {
  // odd: the register shifted by one zero bit; even and odd then by 2, 4, 8 … bits as they are squared
  const odd = new Uint32Array(32);
  const even = new Uint32Array(32);
  odd[0] = POLY;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  square(even, odd);
  square(odd, even);
  // the product so far, as a matrix: starts as the identity
  let product = new Uint32Array(32).map((_, i) => 2 ** i);
  const apply = (m: Uint32Array) => {
    const next = new Uint32Array(32);
    for (let i = 0; i < 32; i++) next[i] = times(m, product[i]);
    product = next;
  };
  let n = length;
  for (;;) {
    square(even, odd);
    if (n % 2 === 1) apply(even);
    n = Math.floor(n / 2);
    if (n === 0) break;
    square(odd, even);
    if (n % 2 === 1) apply(odd);
    n = Math.floor(n / 2);
    if (n === 0) break;
  }
  return product;
}

/** Operators by length: a part's blocks are nearly all of one length (4 MB), so each is made once. */
const operators = new Map<number, Uint32Array>();
const OPERATORS_KEPT = 64;

/**
 * The CRC-32 of A followed by B, from A's CRC, B's CRC and B's length in bytes: pieces of one part checksummed apart
 * (on two threads) give the part's CRC without reading its bytes again.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  let op = operators.get(lengthB);
  if (op === undefined) {
    op = zerosOperator(lengthB);
    if (operators.size < OPERATORS_KEPT) operators.set(lengthB, op);
  }
  return (times(op, crcA >>> 0) ^ crcB) >>> 0;
}
