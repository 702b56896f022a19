/**
 * Runs `task` over `items` with at most `limit` at a time, in order of start. Provider calls
 * (Cognito, SES) are slow one by one and throttled all at once: a class of 35 learners or
 * 70 guardians must fit well inside API Gateway's 29 seconds. The first failure is rethrown
 * once the started tasks have settled.
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next;
      next += 1;
      try {
        results[index] = await task(items[index]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}
