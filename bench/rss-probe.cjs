// Preloaded into a benchmarked node process: prints its peak resident set size (KB) as it exits.
process.on("exit", () => {
  process.stderr.write(`\ncommunique-bench-max-rss=${process.resourceUsage().maxRSS}\n`);
});
