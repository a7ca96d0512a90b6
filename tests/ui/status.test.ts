import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/ui/components/StatusLine.js';
import { displayWidth } from '../../src/text/width.js';

/** QA findings on the status line at small widths (tmux 20×6, 40×12, 60×20). */
describe('status line at small widths', () => {
  const base = { place: '4/15 人类命运共同体', right: '26%', hint: '? help' };

  it('a message that does not fit with the hints drops the hints before it is cut', () => {
    const s = statusText({ ...base, message: 'copied 99 characters with citation' }, 60, 'narrow');
    expect(displayWidth(s)).toBe(60);
    expect(s).toContain('copied 99 characters with citation');
  });

  it('the number being typed shows even at 20 columns (the place gives way)', () => {
    const s = statusText({ place: '1/15 元首外交', message: 'topic 1_', right: '7%', hint: '? help' }, 20, 'narrow');
    expect(displayWidth(s)).toBe(20);
    expect(s).toContain('topic 1_');
  });

  it('a cut place or message ends in an ellipsis and never runs into the percentage', () => {
    for (let w = 12; w <= 60; w++) {
      for (const message of [undefined, 'copied 99 characters with citation', 'topic 1_']) {
        const s = statusText({ ...base, message }, w, 'narrow');
        expect(displayWidth(s)).toBe(w);
        // The percentage, when shown, stands apart from the text before it.
        const at = s.indexOf('26%');
        if (at > 0) expect(s[at - 1]).toBe(' ');
        const full = ` ${base.place}${message ? `  ${message}` : ''}`;
        // Whatever was cut says so; a message is never the part that goes.
        if (message && displayWidth(message) < w) expect(s).toContain(message);
        else if (message) expect(s).toContain('…');
        if (!s.includes(base.place) && s.includes(base.place.slice(0, 3))) expect(s).toContain('…');
        if (s.includes(base.place) && (!message || s.includes(message))) expect(s.startsWith(full)).toBe(true);
      }
    }
  });
});
