import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";

// Most inputs are small files read one after another: reading them into one reused buffer, rather
// than a new one each, spares the garbage collector a buffer per file.
const REUSED_BYTES = 1 << 20;
let reused = Buffer.allocUnsafe(REUSED_BYTES);

/**
 * The bytes of a file. The result may be a view on a shared buffer that the next call
 * overwrites: decode it before reading another file.
 */
export function readFileBytes(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const { size } = fstatSync(fd);
    // Special files (pipes, /dev/stdin) report no size; large files get a buffer of their own.
    if (size === 0 || size >= REUSED_BYTES) return readFileSync(fd);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, reused, length, size - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length === size && readSync(fd, reused, length, 1, null) !== 0) {
      // The file grew while it was read: read it again, whole.
      reused = Buffer.allocUnsafe(REUSED_BYTES);
      return readFileSync(path);
    }
    return reused.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
