/**
 * Traditional → simplified conversion of queries with opencc-js's t→cn converter. The converter
 * (≈110 kB of dictionary) is loaded only when a query has characters the transcript lacks —
 * the ones that might be traditional — so neither start-up nor ordinary searches pay for it.
 */
import { lazy } from '../lazy.js';

export type Converter = (s: string) => string;

const converter = lazy<Converter>(async () => (await import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' }));

/** The converter if it is already loaded. */
export function t2sReady(): Converter | null {
  return converter.ready();
}

/** Loads the converter once; later calls share the same promise. */
export function loadT2s(): Promise<Converter> {
  return converter.load();
}
