/**
 * Runs work on up to `limit` items at once and hands results on in input order, each as soon as it and every
 * one before it are done, so a batch's output is the same whatever the concurrency and still streams.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<void> {
  const done = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  const flush = () => {
    while (done.has(emitted)) {
      const result = done.get(emitted) as R;
      done.delete(emitted);
      emit(result, emitted++);
    }
  };
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      done.set(index, await work(items[index] as T, index));
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
