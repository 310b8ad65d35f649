import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type LineBatch, readLineBatches } from "../src/source/ndjson.js";

async function batches(
  chunks: string[],
  maxLineBytes?: number,
): Promise<{ firstLine: number; text: string; tooLong?: boolean }[]> {
  const out: LineBatch[] = [];
  for await (const batch of readLineBatches(Readable.from(chunks.map((c) => Buffer.from(c))), maxLineBytes))
    out.push(batch);
  return out.map(({ firstLine, bytes, tooLong }) => ({
    firstLine,
    text: bytes.toString(),
    ...(tooLong ? { tooLong } : {}),
  }));
}

describe("readLineBatches", () => {
  it("joins lines split across chunks and keeps a last line without a newline", async () => {
    const result = await batches(['{"a":', "1}\n{", '"b":2}\n{"c":3}']);
    expect(result.map((b) => b.text).join("")).toBe('{"a":1}\n{"b":2}\n{"c":3}');
    expect(result[0]?.firstLine).toBe(1);
    expect(result.at(-1)).toEqual({ firstLine: 3, text: '{"c":3}' });
  });

  it("reports a line longer than the limit alone, cut, and goes on at the right line number", async () => {
    const result = await batches(["one\n", "x".repeat(40), "y".repeat(40), "\nthree\n"], 50);
    expect(result).toEqual([
      { firstLine: 1, text: "one\n" },
      // The report keeps only the start of the line: its first chunk here.
      { firstLine: 2, text: "x".repeat(40), tooLong: true },
      { firstLine: 3, text: "three\n" },
    ]);
  });

  it("numbers lines across chunk boundaries and keeps CRLF for the caller to trim", async () => {
    const result = await batches(["a\r\nb", "\r\n", "c\r\n"]);
    expect(result.map((b) => b.text).join("")).toBe("a\r\nb\r\nc\r\n");
    expect(result[0]?.firstLine).toBe(1);
  });

  it("yields nothing for an empty stream", async () => {
    expect(await batches([])).toEqual([]);
  });
});
