// A render error below the boundary must reach the lifecycle code (which restores the terminal
// and prints one line) instead of Ink's own error screen, which would be drawn on the alternate
// screen and vanish with it.
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { CrashBoundary } from '../../src/ui/run.js';

function Bomb({ armed }: { armed: boolean }) {
  if (armed) throw new Error('render failed');
  return <Text>fine</Text>;
}

describe('CrashBoundary', () => {
  it('passes its children through while they render', () => {
    const onCrash = vi.fn();
    const { lastFrame, unmount } = render(
      <CrashBoundary onCrash={onCrash}>
        <Bomb armed={false} />
      </CrashBoundary>,
    );
    expect(lastFrame()).toBe('fine');
    expect(onCrash).not.toHaveBeenCalled();
    unmount();
  });

  it('reports a render error once and draws nothing (no stack, no Ink error screen)', () => {
    const onCrash = vi.fn();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { lastFrame, rerender, unmount } = render(
      <CrashBoundary onCrash={onCrash}>
        <Bomb armed={false} />
      </CrashBoundary>,
    );
    rerender(
      <CrashBoundary onCrash={onCrash}>
        <Bomb armed={true} />
      </CrashBoundary>,
    );
    quiet.mockRestore();
    expect(onCrash).toHaveBeenCalledTimes(1);
    expect((onCrash.mock.calls[0]![0] as Error).message).toBe('render failed');
    expect(lastFrame()).toBe('');
    unmount();
  });
});
