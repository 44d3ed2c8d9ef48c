/**
 * Results worked out once per key while they are among the `kept` most recently used: a person's answers on
 * one page come back to a few states again and again, and the oldest are let go so memory stays small.
 * The results are shared, so they are read, never changed.
 */
export function recentResults<V>(kept: number): (key: string, compute: () => V) => V {
  const results = new Map<string, V>();
  return (key, compute) => {
    const known = results.get(key);
    // Moved to the end, as the most recently used.
    if (known !== undefined) results.delete(key);
    else if (results.size >= kept) results.delete(results.keys().next().value!);
    const result = known ?? compute();
    results.set(key, result);
    return result;
  };
}
