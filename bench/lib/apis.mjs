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
 * @pclogin/smarton-csv's folder reader, as `{ read(dir, checkpoint, limits) → { checkpoint, events, done } }`
 * where `events` is the number of events returned and `limits` is the reader's own
 * (`maxEvents`, `maxBytes`).
 */
export async function smartonReaderApi() {
  const mod = await import('@pclogin/smarton-csv');
  if (typeof mod.createLogFolderReader !== 'function') {
    throw new Error(
      `@pclogin/smarton-csv exports no createLogFolderReader (exports: ${Object.keys(mod).join(', ')})`,
    );
  }
  const readers = new Map();
  return {
    async read(directory, checkpoint, limits) {
      let reader = readers.get(directory);
      if (!reader) {
        reader = mod.createLogFolderReader({ directory });
        readers.set(directory, reader);
      }
      const result = await reader.read(checkpoint, limits);
      return { checkpoint: result.checkpoint, events: result.events.length, done: result.done };
    },
  };
}
