import { useStdout } from 'ink';
import { useEffect } from 'react';

/** The terminal's new size, as the reader and the library view reduce it. */
export type ResizeAction = { type: 'resize'; columns: number | undefined; rows: number | undefined };

/**
 * What a view takes from the screen: its size, dispatched as it changes, and the redraw after a
 * stop (ctrl-z, then fg). `dispatch` and `registerRedraw` must stay the same for the view's life.
 */
export function useScreen(dispatch: (action: ResizeAction) => void, registerRedraw?: (redraw: () => void) => void): void {
  const { stdout, write } = useStdout();

  // Ink's own write path clears its record of the screen and writes the last frame again, whole.
  useEffect(() => registerRedraw?.(() => write('')), [registerRedraw, write]);

  useEffect(() => {
    const onResize = () => dispatch({ type: 'resize', columns: stdout.columns, rows: stdout.rows });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, dispatch]);
}
