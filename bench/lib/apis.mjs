// Where the benchmarks meet the packages' public APIs: one place to adapt when an API changes.
// Each function resolves to what the workers call, or rejects saying what is missing.

/**
 * @pclogin/smarton-csv's streaming parse of one file, as `{ stream(path) → AsyncIterable<{ events, issues }> }`.
 */
export async function smartonParseApi() {
  const mod = await import('@pclogin/smarton-csv');
  if (typeof mod.streamLogFile !== 'function') {
    throw new Error(
      `@pclogin/smarton-csv exports no streamLogFile (exports: ${Object.keys(mod).join(', ')})`,
    );
  }
  return { stream: (path, options) => mod.streamLogFile(path, options) };
}

/**
 * @pclogin/smarton-csv's folder reader, as `{ read(dir, checkpoint) → { checkpoint, events } }`
 * where `events` is the number of events returned.
 */
export async function smartonReaderApi() {
  const mod = await import('@pclogin/smarton-csv');
  throw new Error(
    `@pclogin/smarton-csv exports no folder reader yet (exports: ${Object.keys(mod).join(', ')})`,
  );
}
