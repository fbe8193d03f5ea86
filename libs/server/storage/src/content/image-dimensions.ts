import { crc32 } from 'node:zlib';

export type ImageDimensions = { width: number; height: number };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Bit depths allowed for each PNG colour type (PNG spec, table 11.1).
const PNG_BIT_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const PNG_MAX_SIDE = 2 ** 31 - 1;

/**
 * Width and height from the IHDR chunk, which must come first, be 13 bytes long and carry a
 * correct CRC. Null when the header is malformed. Nothing is decompressed.
 */
export function pngDimensions(content: Buffer): ImageDimensions | null {
  if (content.length < 33 || !content.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (content.readUInt32BE(8) !== 13 || content.toString('latin1', 12, 16) !== 'IHDR') return null;
  if (content.readUInt32BE(29) !== crc32(content.subarray(12, 29))) return null;
  const width = content.readUInt32BE(16);
  const height = content.readUInt32BE(20);
  const [bitDepth, colourType, compression, filter, interlace] = content.subarray(24, 29);
  if (width < 1 || height < 1 || width > PNG_MAX_SIDE || height > PNG_MAX_SIDE) return null;
  if (!PNG_BIT_DEPTHS[colourType ?? -1]?.includes(bitDepth ?? -1)) return null;
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) return null;
  return { width, height };
}

// Markers without a length field: TEM and RST0-7.
const isStandalone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
// SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
const isStartOfFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Width and height from the first SOFn segment, walking the marker segments after SOI. Null when
 * the segments are malformed, the image ends or its scan starts before a frame header, or the frame
 * declares a zero side (a height given later by DNL is not accepted).
 */
export function jpegDimensions(content: Buffer): ImageDimensions | null {
  if (content.length < 4 || content[0] !== 0xff || content[1] !== 0xd8) return null;
  let offset = 2;
  while (offset < content.length) {
    if (content[offset] !== 0xff) return null;
    // Any number of 0xFF fill bytes may precede a marker.
    while (content[offset] === 0xff) offset++;
    const marker = content[offset];
    offset++;
    if (marker === undefined || marker === 0x00) return null;
    if (isStandalone(marker)) continue;
    if (marker === 0xd8 || marker === 0xd9 || marker === 0xda) return null;
    if (offset + 2 > content.length) return null;
    const length = content.readUInt16BE(offset);
    if (length < 2 || offset + length > content.length) return null;
    if (isStartOfFrame(marker)) {
      if (length < 8) return null;
      const height = content.readUInt16BE(offset + 3);
      const width = content.readUInt16BE(offset + 5);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    offset += length;
  }
  return null;
}
