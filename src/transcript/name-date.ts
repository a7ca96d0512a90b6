/**
 * A date in a file name ("2025-03-07-…", "20200525_…"): only a fallback for the date the text gives.
 * (A module of its own: the library keys its cache by it without loading the parser.)
 */
export function nameDateOf(name: string): { nameDate?: string } {
  const m = /(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(name);
  if (!m) return {};
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return {};
  return { nameDate: `${m[1]}-${m[2]}-${m[3]}` };
}
