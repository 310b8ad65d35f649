// Preloaded into a CLI process under test: prints its peak resident set size (KB) as it exits.
process.on("exit", () => {
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
