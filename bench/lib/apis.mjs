// Where the benchmarks meet the packages' public APIs: one place to adapt when an API changes.
// Each function resolves to what the workers call, or rejects saying what is missing.

/** @pclogin/smarton-csv's whole-file parse. */
export async function smartonParseApi() {
  const mod = await import('@pclogin/smarton-csv');
  throw new Error(`@pclogin/smarton-csv exports no parse API yet (exports: ${Object.keys(mod).join(', ')})`);
}
