import * as fixture from '../../test/fixtures';
import { jpegDimensions, pngDimensions } from './image-dimensions';

describe('Image dimensions are read from the header, nothing is decoded', () => {
  it('reads a PNG IHDR', () => {
    expect(pngDimensions(fixture.png(3, 2))).toEqual({ width: 3, height: 2 });
    expect(pngDimensions(fixture.pngDeclaring(100_000, 100_000))).toEqual({ width: 100_000, height: 100_000 });
  });

  it('rejects a PNG header with a wrong CRC, a zero side, or cut short', () => {
    expect(pngDimensions(fixture.pngWithBadCrc())).toBeNull();
    expect(pngDimensions(fixture.pngDeclaring(0, 10))).toBeNull();
    expect(pngDimensions(fixture.png().subarray(0, 20))).toBeNull();
    expect(pngDimensions(fixture.jpeg())).toBeNull();
  });

  it('reads a JPEG SOF0 after the APP0, DQT segments', () => {
    expect(jpegDimensions(fixture.jpeg())).toEqual({ width: 1, height: 1 });
    expect(jpegDimensions(fixture.jpeg(640, 480))).toEqual({ width: 640, height: 480 });
  });

  it('skips fill bytes and standalone markers before the frame header', () => {
    const plain = fixture.jpeg(16, 8);
    const padded = Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xff, 0xff, 0x01]), plain.subarray(2)]);
    expect(jpegDimensions(padded)).toEqual({ width: 16, height: 8 });
  });

  it('rejects a JPEG cut short, one whose scan comes before a frame header, and a zero height', () => {
    expect(jpegDimensions(fixture.truncatedJpeg())).toBeNull();
    expect(jpegDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 63, 0, 0xff, 0xd9]))).toBeNull();
    expect(jpegDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
    expect(jpegDimensions(fixture.jpeg(8, 0))).toBeNull();
    expect(jpegDimensions(fixture.png())).toBeNull();
  });
});
