/**
 * Everything on standard input. With a limit, reading stops at the chunk that passes it and the
 * error `tooLarge` makes is thrown, so a huge stream is not held in memory.
 */
export async function readStdin(limit?: {
  maxBytes: number;
  tooLarge(size: number): Error;
}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (limit !== undefined && size > limit.maxBytes) throw limit.tooLarge(size);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
