// The reader's one input source: keys for the key handler, pastes as whole texts. Ink's useInput
// sees every input event; a listener put in front of it on the same emitter marks the events
// that belong to a bracketed paste, which the key handler then skips.
import { type Key, useInput, useStdin } from 'ink';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { PasteAssembler } from './paste.js';
import { isMouseReport, type Mouse, parseMouse } from './mouse.js';

/** A paste whose end marker has not come after this long is taken as ended. */
export const PASTE_TIMEOUT_MS = 1000;

/** `isActive` false: this handler hears nothing (a reader opened from a library, which hands it its keys). */
export function useKeysAndPastes(
  onKey: (input: string, key: Key) => void,
  onPaste: (text: string) => void,
  isActive = true,
  onMouse?: (mouse: Mouse) => void,
): void {
  const { internal_eventEmitter: events } = useStdin();
  const assembler = useMemo(() => new PasteAssembler(), []);
  const skip = useRef(false);
  // The latest onPaste, called from the listener below without re-registering it.
  const pasted = useEffectEvent(onPaste);
  const clicked = useEffectEvent((mouse: Mouse) => onMouse?.(mouse));

  useEffect(() => {
    if (!isActive) return;
    let timer: NodeJS.Timeout | undefined;
    const listener = (event: string) => {
      // A mouse report is never a key (with the mouse off, none comes).
      if (!assembler.pasting && isMouseReport(event)) {
        skip.current = true;
        const mouse = parseMouse(event);
        if (mouse) clicked(mouse);
        return;
      }
      clearTimeout(timer);
      const step = assembler.feed(event);
      skip.current = step.kind !== 'key';
      if (step.kind === 'paste') pasted(step.text);
      else if (assembler.pasting) {
        timer = setTimeout(() => {
          const text = assembler.flush();
          if (text !== undefined) pasted(text);
        }, PASTE_TIMEOUT_MS);
      }
    };
    // In front of useInput's listener, whenever that one is (re)registered.
    events.prependListener('input', listener);
    return () => {
      clearTimeout(timer);
      events.off('input', listener);
    };
  }, [events, assembler, isActive]);

  useInput(
    (input, key) => {
      if (skip.current) {
        skip.current = false;
        return;
      }
      onKey(input, key);
    },
    { isActive },
  );
}
