/**
 * The English words left on a screen of the Chinese interface: lowercase words of three letters or
 * more, once file names and paths are taken out, that are not names — key names (ctrl, space,
 * shift), the query syntax (speaker: asker: date:), the romanised examples, the program's name.
 * Capitalised key names (Enter, Esc, PgDn) and acronyms (UTF-8, MiB) are not lowercase words.
 */
const NAMES = new Set(['ctrl', 'space', 'shift', 'speaker', 'asker', 'date', 'fentaini', 'xygq', 'presser', 'txt', 'with', 'pinyin', 'shell', 'iconv', 'utf']);

export function englishWords(screen: string): string[] {
  const text = screen.replace(/[\w./-]+\.(txt|toml|json|gz)\b/g, '').replace(/\/[\w./-]+/g, '');
  return (text.match(/\b[a-z]{3,}\b/g) ?? []).filter((w) => !NAMES.has(w));
}
