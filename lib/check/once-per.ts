/**
 * `compute`, worked out once per argument object and kept while the object lives: the check's glance,
 * map and report each ask for the same report's groups, summary and anchors. The results are shared, so
 * they are read, never changed.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key)!;
  };
}
