/**
 * Many JSON texts as the UTF-8 bytes of one ArrayBuffer, which a worker
 * transfers to the main thread instead of copying strings across: the main
 * thread then holds no large strings (nothing for its collector to trace or
 * move) and writes the bytes as they are (db/bulk-insert.ts).
 */
import type { JsonText } from '../shared/stored';

export interface PackedTexts {
  buffer: ArrayBuffer;
  /** End offset of each text in `buffer` (the first starts at 0). */
  ends: number[];
}

const encoder = new TextEncoder();

export function packUtf8(texts: readonly string[]): PackedTexts {
  let size = 0;
  for (const text of texts) size += Buffer.byteLength(text, 'utf8');
  const bytes = new Uint8Array(size);
  const ends: number[] = [];
  let offset = 0;
  for (const text of texts) {
    offset += encoder.encodeInto(text, bytes.subarray(offset)).written;
    ends.push(offset);
  }
  return { buffer: bytes.buffer, ends };
}

/** The texts of a pack, as views of its buffer (nothing is copied). */
export function unpackUtf8({ buffer, ends }: PackedTexts): JsonText[] {
  return ends.map((end, i) => {
    const start = i === 0 ? 0 : ends[i - 1];
    return new Uint8Array(buffer, start, end - start);
  });
}
