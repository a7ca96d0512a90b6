/**
 * Traditional → simplified conversion of queries with opencc-js's t→cn converter. The converter
 * (≈110 kB of dictionary) is loaded only when a query has characters the transcript lacks —
 * the ones that might be traditional — so neither start-up nor ordinary searches pay for it.
 */
export type Converter = (s: string) => string;

let converter: Converter | null = null;
let loading: Promise<Converter> | null = null;

/** The converter if it is already loaded. */
export function t2sReady(): Converter | null {
  return converter;
}

/** Loads the converter once; later calls share the same promise. */
export function loadT2s(): Promise<Converter> {
  loading ??= import('opencc-js/t2cn').then(
    (m) => {
      converter = m.Converter({ from: 't', to: 'cn' });
      return converter;
    },
    (e: unknown) => {
      loading = null; // a failed load is retried by the next query that needs it
      throw e;
    },
  );
  return loading;
}

/** Installs a converter directly (tests, or a caller that already has one). */
export function provideT2s(c: Converter): void {
  converter = c;
  loading = Promise.resolve(c);
}
