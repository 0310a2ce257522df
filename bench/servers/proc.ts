import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Reading another process's CPU time and memory from /proc (Linux). */

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
export const CLOCK_TICKS_PER_SECOND: number = (() => {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
})();

/** User plus system CPU time of `pid` so far, in milliseconds (resolution: one clock tick). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // the command name (field 2) may hold spaces and parentheses: count fields after its last ')'
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

export interface Memory {
  /** Resident set size now (VmRSS), MB. */
  rssMB: number;
  /** Peak resident set size (VmHWM), MB. */
  peakRssMB: number;
}

export function memory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (key: string): number =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssMB: Math.round(kB('VmRSS') / 1024), peakRssMB: Math.round(kB('VmHWM') / 1024) };
}
