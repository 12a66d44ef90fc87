/**
 * CPU time for the benchmarks, two ways. The process's CPU time counts every thread: the analysis and,
 * beside it, V8's background compiler (optimising code the first times a path runs) and its garbage
 * collector's helper threads. The thread's CPU time counts only the thread that runs the analysis, as a
 * Worker runs a request on one thread; Linux updates it only every few milliseconds, so it is read over
 * runs of tens of milliseconds, not a single short one. The process's is the stricter figure.
 */
export interface CpuTime {
  process: number;
  thread: number;
}

function milliseconds({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}

/** CPU time used so far, in milliseconds: the whole process and this thread alone. */
export function cpuNow(): CpuTime {
  return { process: milliseconds(process.cpuUsage()), thread: milliseconds(process.threadCpuUsage()) };
}

/** The CPU time `work` takes, and what it returns. */
export function timedCpu<T>(work: () => T): { value: T; cpu: CpuTime } {
  const started = cpuNow();
  const value = work();
  const ended = cpuNow();
  return { value, cpu: { process: ended.process - started.process, thread: ended.thread - started.thread } };
}

/** The CPU time of the whole process only (all threads), in milliseconds. */
export function processCpuMilliseconds(): number {
  return milliseconds(process.cpuUsage());
}
