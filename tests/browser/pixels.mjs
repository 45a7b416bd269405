// The pixels of a screenshot, for the checks that must see what is drawn
// (forced colours): a PNG decoder for what Chromium writes (8-bit RGB or
// RGBA, not interlaced) and WCAG contrast.
import zlib from 'node:zlib';

/** Decodes a PNG into { width, height, rgb(x, y) → [r, g, b] }. */
export function decodePng(buffer) {
  if (buffer.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0, height = 0, channels = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || ![2, 6].includes(colour)) throw new Error(`PNG kind ${depth}/${colour}/${interlace} not handled`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = prev ? prev[i] : 0;
      const c = prev && i >= channels ? prev[i - channels] : 0;
      let value = line[i];
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[i] = value & 0xff;
    }
  }
  return {
    width, height,
    rgb(x, y) {
      const i = (Math.round(y) * width + Math.round(x)) * channels;
      return [pixels[i], pixels[i + 1], pixels[i + 2]];
    },
  };
}

function luminance([r, g, b]) {
  const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours ([r, g, b]). */
export function contrast(x, y) {
  const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (a + 0.05) / (b + 0.05);
}

/** How many pixels of the rectangle {x, y, width, height} stand out from
 * `background` by at least `ratio`, and how many it has. */
export function standOut(image, rect, background, ratio) {
  let count = 0, total = 0;
  const x0 = Math.max(0, Math.ceil(rect.x)), y0 = Math.max(0, Math.ceil(rect.y));
  const x1 = Math.min(image.width - 1, Math.floor(rect.x + rect.width - 1e-6));
  const y1 = Math.min(image.height - 1, Math.floor(rect.y + rect.height - 1e-6));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      total++;
      if (contrast(image.rgb(x, y), background) >= ratio) count++;
    }
  }
  return { count, total };
}
