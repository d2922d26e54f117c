/**
 * A job's phase clock: a few bytes of memory shared between the pool (pool.ts) and the worker
 * that runs the job (worker.ts). The worker writes, as each phase of each story starts, when it
 * started, which phase it is and which story of the job (its item); the pool reads it only when
 * one of its timers fires (a phase's budget would be over, or a job not started yet is checked
 * on), so a chunk of a hundred stories costs the main thread no message at all per story.
 *
 * Layout: a Float64 (the start, in ms since the epoch, from the worker's performance clock), then
 * an Int32 written last with Atomics (so that a reader that sees it sees the start too): 0 until
 * the job starts, then (item + 1) × 4 + the phase's code (1–3; item + 1 is 0 for a job of one story).
 */
import type { Phase } from './phases.js';

const PHASES: readonly Phase[] = ['extraction', 'analysis', 'pdf'];

export type Clock = SharedArrayBuffer;

export function newClock(): Clock {
  return new SharedArrayBuffer(16);
}

/** Now, in ms since the epoch, on the clock every thread of the process shares. */
export function clockNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The worker's side: a phase starts now. */
export function startPhase(clock: Clock, phase: Phase, item: number | undefined): void {
  new Float64Array(clock, 0, 1)[0] = clockNow();
  Atomics.store(new Int32Array(clock, 8, 1), 0, ((item ?? -1) + 1) * 4 + PHASES.indexOf(phase) + 1);
}

export interface ClockState {
  phase: Phase;
  item: number | undefined;
  /** When the phase started (clockNow()). */
  start: number;
}

/** The pool's side: the phase running now, or null when the job has not started. */
export function readClock(clock: Clock): ClockState | null {
  const packed = Atomics.load(new Int32Array(clock, 8, 1), 0);
  if (packed === 0) return null;
  const item = Math.floor(packed / 4) - 1;
  return { phase: PHASES[(packed % 4) - 1] as Phase, item: item < 0 ? undefined : item, start: new Float64Array(clock, 0, 1)[0] as number };
}
