// The floor for NDJSON: read the file, split it into lines and JSON.parse each, nothing more.
// Usage: node parse-only.mjs FILE
import { createReadStream } from "node:fs";

let documents = 0;
let rest = "";
for await (const chunk of createReadStream(process.argv[2], { encoding: "utf8", highWaterMark: 1 << 20 })) {
  const lines = (rest + chunk).split("\n");
  rest = lines.pop();
  for (const line of lines) {
    if (line !== "") {
      JSON.parse(line);
      documents += 1;
    }
  }
}
if (rest !== "") {
  JSON.parse(rest);
  documents += 1;
}
process.stderr.write(`${documents} documents\n`);
