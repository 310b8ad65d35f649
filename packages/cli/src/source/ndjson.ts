import type { Readable } from "node:stream";

/**
 * A run of whole lines from an NDJSON input: their bytes and the line number of the first. A line
 * too long to hold comes alone, cut to its first bytes, with `tooLong` set.
 */
export interface LineBatch {
  firstLine: number;
  bytes: Buffer;
  tooLong?: boolean;
}

/** Batches of about this many bytes keep per-batch overhead low and memory bounded. */
const BATCH_BYTES = 1 << 20;

/** The longest line accepted: V8 cannot hold a much longer string, and no record needs one. */
export const MAX_LINE_BYTES = 256 * (1 << 20);

/**
 * Splits a byte stream into batches of whole lines, holding at most a batch plus the line being
 * read in memory.
 */
export async function* readLineBatches(
  stream: Readable,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<LineBatch> {
  let complete: Buffer[] = [];
  let completeBytes = 0;
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let skippingLongLine = false;
  let line = 1;

  function* flush(): Generator<LineBatch> {
    if (completeBytes === 0) return;
    const bytes = Buffer.concat(complete, completeBytes);
    complete = [];
    completeBytes = 0;
    yield { firstLine: line, bytes };
    line += countNewlines(bytes);
  }

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const last = chunk.lastIndexOf(10);
    if (last === -1) {
      if (skippingLongLine) continue;
      partial.push(chunk);
      partialBytes += chunk.length;
      if (partialBytes > maxLineBytes) {
        yield* flush();
        // Only the start of the line is kept for the report; the rest is dropped unread.
        yield {
          firstLine: line,
          bytes: Buffer.from(Buffer.concat(partial.slice(0, 1)).subarray(0, 256)),
          tooLong: true,
        };
        partial = [];
        partialBytes = 0;
        skippingLongLine = true;
      }
      continue;
    }
    let head = chunk.subarray(0, last + 1);
    if (skippingLongLine) {
      // The long line ends at the first newline; it was reported already.
      head = head.subarray(head.indexOf(10) + 1);
      line += 1;
      skippingLongLine = false;
    }
    complete.push(...partial, head);
    completeBytes += partialBytes + head.length;
    partial = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    partialBytes = chunk.length - last - 1;
    if (completeBytes >= BATCH_BYTES) yield* flush();
  }
  yield* flush();
  if (partialBytes > 0 && !skippingLongLine)
    yield { firstLine: line, bytes: Buffer.concat(partial, partialBytes) };
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) count += 1;
  return count;
}
