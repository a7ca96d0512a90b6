let segmenter: Intl.Segmenter | undefined;

/**
 * ICU's Chinese word segmenter (dictionary-based), made on first use: building it loads the
 * dictionary, 60–100 ms, which a command that only reads the library's cache (a search, a list)
 * must not pay for merely loading the parser's code.
 */
export function wordSegmenter(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
}
