/**
 * A minimal PNG reader for the oracle's screenshots: 8-bit RGB or RGBA, not interlaced — what Chromium's
 * Page.captureScreenshot writes. No image package is a dependency of the project, and this is all it needs.
 */
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  data: Uint8Array;
}

export function decodePng(png: Uint8Array): Image {
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < view.length;) {
    const length = view.readUInt32BE(at);
    const type = view.toString('latin1', at + 4, at + 8);
    const body = view.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colourType = body[9];
      if (depth !== 8 || body[12] !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${body[12]})`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const out = y * stride;
    const up = out - stride;
    // One tight loop per filter type: this runs over every byte of every screenshot.
    if (filter === 0 || (filter === 2 && y === 0)) rows.set(raw.subarray(src, src + stride), out);
    else if (filter === 1) {
      for (let x = 0; x < stride; x++)
        rows[out + x] = (raw[src + x]! + (x >= channels ? rows[out + x - channels]! : 0)) & 0xff;
    } else if (filter === 2) {
      for (let x = 0; x < stride; x++) rows[out + x] = (raw[src + x]! + rows[up + x]!) & 0xff;
    } else if (filter === 3) {
      for (let x = 0; x < stride; x++) {
        const a = x >= channels ? rows[out + x - channels]! : 0;
        const b = y > 0 ? rows[up + x]! : 0;
        rows[out + x] = (raw[src + x]! + ((a + b) >> 1)) & 0xff;
      }
    } else if (filter === 4) {
      for (let x = 0; x < stride; x++) {
        const a = x >= channels ? rows[out + x - channels]! : 0;
        const b = y > 0 ? rows[up + x]! : 0;
        const c = x >= channels && y > 0 ? rows[up + x - channels]! : 0;
        const p = a + b - c;
        const pa = p > a ? p - a : a - p;
        const pb = p > b ? p - b : b - p;
        const pc = p > c ? p - c : c - p;
        rows[out + x] = (raw[src + x]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
      }
    } else throw new Error(`bad PNG filter ${filter}`);
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i]!;
    data[j + 1] = rows[i + 1]!;
    data[j + 2] = rows[i + 2]!;
    data[j + 3] = 255;
  }
  return { width, height, data };
}
