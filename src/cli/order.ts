/**
 * Results in input order from work that finishes in any order (batch.ts runs chunks of stories
 * on the worker pool of src/work/).
 */

/**
 * Runs tasks in order of arrival with at most `window` in flight, and hands each result to
 * `emit` in the same order, as soon as it and all before it are done: a bounded reorder window,
 * so memory stays bounded however long the stream, output order is input order whatever the
 * number of workers, and a trickling input (a live feed) is answered as it comes.
 */
export async function runInOrder<T, R>(
  tasks: AsyncIterable<T> | Iterable<T>,
  run: (task: T) => Promise<R>,
  window: number,
  emit: (result: R) => Promise<void> | void,
): Promise<void> {
  const pending: Promise<R>[] = [];
  let inputDone = false;
  let failed: { error: unknown } | null = null;
  let inputFailed: { error: unknown } | null = null;
  // The reader waits only when the window is full and the emitter only when it is empty, so
  // one wake-up slot serves both.
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const wait = () => new Promise<void>((resolve) => (wake = resolve));
  const emitter = (async () => {
    try {
      for (;;) {
        if (pending.length === 0) {
          if (inputDone) return;
          await wait();
          continue;
        }
        const result = await pending[0]!;
        pending.shift();
        poke();
        await emit(result);
      }
    } catch (error) {
      failed = { error };
      poke();
    }
  })();
  try {
    for await (const task of tasks) {
      while (pending.length >= window && !failed) await wait();
      if (failed) break;
      pending.push(run(task));
      poke();
    }
  } catch (error) {
    inputFailed = { error };
  } finally {
    inputDone = true;
    poke();
  }
  await emitter;
  if (failed) throw (failed as { error: unknown }).error;
  if (inputFailed) throw (inputFailed as { error: unknown }).error;
}
