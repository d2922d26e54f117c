// Preloaded (node --require) into the CLI by the batch bench: at exit, the CPU time of the whole
// process (every thread: the main one, the worker threads, V8's helpers) and its peak memory,
// written to the file named by QC_BENCH_CPU_FILE.
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.QC_BENCH_CPU_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ userUs: u.userCPUTime, systemUs: u.systemCPUTime, maxRssKB: u.maxRSS }));
});
