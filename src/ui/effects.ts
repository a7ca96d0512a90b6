/** Effects the reader and the library view share: quitting with a code, and messages that expire. */
import { useEffect } from 'react';
import { quitState } from './quit.js';

/** How long a status message stays. */
export const STATUS_MS = 2500;

/** Ends the Ink app once the state asks to quit, leaving the code for the lifecycle code. */
export function useQuit(quit: number | null, exit: () => void): void {
  useEffect(() => {
    if (quit === null) return;
    quitState.code = quit;
    exit();
  }, [quit, exit]);
}

/** Clears a status message STATUS_MS after it was shown (unless another replaced it). */
export function useStatusExpiry(status: { seq: number } | null, clear: (seq: number) => void): void {
  useEffect(() => {
    if (!status) return;
    const seq = status.seq;
    const timer = setTimeout(() => clear(seq), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);
}
