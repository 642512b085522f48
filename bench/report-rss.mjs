// Preloaded (`node --import`) into a benchmarked process: at exit, write its peak resident set
// size (kB, from the kernel's high-water mark) and CPU time (µs) as JSON to the file named by
// BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs'

const path = process.env.BENCH_USAGE_FILE
process.on('exit', () => {
  if (!path) return
  const usage = process.resourceUsage()
  writeFileSync(
    path,
    JSON.stringify({
      maxRssKb: usage.maxRSS,
      cpuMicroseconds: usage.userCPUTime + usage.systemCPUTime,
    }),
  )
})
