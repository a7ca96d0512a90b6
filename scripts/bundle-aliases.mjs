// Packages the bundle takes from another entry point of their own.
//
// stopword: its "main" is one CommonJS file holding the lists of all 62 languages (320 KB, ~45 ms
// to evaluate at every start that loads the parser); its ES module source ("module") exports
// each list from a file of its own, so the bundle keeps only the English list presser uses.
export const BUNDLE_ALIASES = { stopword: 'stopword/src/stopword.js' };
