/**
 * A value that is loaded once, on demand, by a dynamic import: the large optional pieces (the
 * search engine, pinyin-pro, opencc's dictionary) stay off the start-up path. A failed load (say,
 * the bundle replaced under a running reader) is retried by the next call.
 */
export interface Lazy<T> {
  /** The value if it has loaded. */
  ready(): T | null;
  /** Loads it once; concurrent calls share the same promise. */
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    ready: () => value,
    load() {
      loading ??= importer().then(
        (v) => (value = v),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      );
      return loading;
    },
  };
}
