/**
 * CPU accounting for ingest: the CPU time of the calling thread (Linux: /proc/thread-self),
 * and of every thread of the process, so a run can say where its time went (main thread,
 * each coder thread, V8's background threads). Zero where /proc is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function cpuOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** [thread id, CPU ms] of the calling thread. */
export function threadCpu(): { tid: number; cpuMs: number } {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    return { tid: Number(stat.slice(0, stat.indexOf(' '))), cpuMs: cpuOfStat(stat) };
  } catch {
    return { tid: 0, cpuMs: 0 };
  }
}

/** CPU ms of every thread of this process, by thread id. */
export function processThreadsCpu(): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        out.set(Number(tid), cpuOfStat(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));
      } catch {
        // the thread ended
      }
    }
  } catch {
    // no /proc
  }
  return out;
}

/** What one coder thread reports: its CPU, and how long it coded or waited for work. */
export interface WorkerStats {
  tid: number;
  cpuMs: number;
  /** Wall ms spent reading, coding and preparing units (the rest of its life it waited). */
  busyMs: number;
  /** Wall ms with nothing to code (no unit read and looked up yet), start-up excluded. */
  starvedMs: number;
  /** Wall ms from its start to the report. */
  aliveMs: number;
  /** Wall ms spent building the coder (lexicons, gazetteer). */
  startupMs: number;
  /** CPU ms spent building the coder. */
  startupCpuMs: number;
}
