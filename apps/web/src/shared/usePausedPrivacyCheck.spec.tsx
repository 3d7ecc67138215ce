import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRIVACY_CHECK_DELAY_MS, usePausedPrivacyCheck } from './usePausedPrivacyCheck';

const matches = (lists: readonly { match: string }[][]) => lists.map((list) => list.map((finding) => finding.match));

describe('usePausedPrivacyCheck', () => {
  beforeEach(() => {
    // Timers too, keeping the suite's fixed "now" (test/setup.ts fakes Date only).
    vi.useFakeTimers({ now: Date.now() });
  });
  afterEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
  });

  it('checks at once on the first render, then only after a pause in typing', () => {
    const { result, rerender } = renderHook(({ text }) => usePausedPrivacyCheck([text], [[]]), { initialProps: { text: 'Bel 06-12345678 na school.' } });
    expect(matches(result.current.findings)).toEqual([['06-12345678']]);

    // Typing on: the old finding still fits and stays; the new phone number waits for the pause.
    rerender({ text: 'Bel 06-12345678 na school, of 06-87654321' });
    expect(matches(result.current.findings)).toEqual([['06-12345678']]);
    act(() => vi.advanceTimersByTime(PRIVACY_CHECK_DELAY_MS - 1));
    expect(matches(result.current.findings)).toEqual([['06-12345678']]);
    act(() => vi.advanceTimersByTime(1));
    expect(matches(result.current.findings)).toEqual([['06-12345678', '06-87654321']]);
  });

  it('drops a finding at once when its text is gone, and each keystroke restarts the pause', () => {
    const { result, rerender } = renderHook(({ text }) => usePausedPrivacyCheck([text], [[]]), { initialProps: { text: 'Bel 06-12345678.' } });
    rerender({ text: 'Bel .' });
    expect(matches(result.current.findings)).toEqual([[]]);

    rerender({ text: 'Bel 06-1' });
    act(() => vi.advanceTimersByTime(PRIVACY_CHECK_DELAY_MS - 50));
    rerender({ text: 'Bel 06-11112222' });
    act(() => vi.advanceTimersByTime(PRIVACY_CHECK_DELAY_MS - 50));
    expect(matches(result.current.findings)).toEqual([[]]);
    act(() => vi.advanceTimersByTime(50));
    expect(matches(result.current.findings)).toEqual([['06-11112222']]);
  });

  it('checkNow answers for the texts as they are, without waiting, and shows that', () => {
    const { result, rerender } = renderHook(({ texts }) => usePausedPrivacyCheck(texts, [[], []]), { initialProps: { texts: ['Een gesprek.', 'Niets.'] } });
    rerender({ texts: ['Een gesprek.', 'Mail naar ouder@example.nl'] });
    let now: ReturnType<typeof result.current.checkNow> = [];
    act(() => {
      now = result.current.checkNow();
    });
    expect(matches(now)).toEqual([[], ['ouder@example.nl']]);
    expect(matches(result.current.findings)).toEqual([[], ['ouder@example.nl']]);
  });

  it('checks a change in what the writer accepted at once', () => {
    const text = 'Daan belde gisteren met school.';
    const { result, rerender } = renderHook(({ accepted }) => usePausedPrivacyCheck([text], [accepted]), { initialProps: { accepted: [] as string[] } });
    expect(matches(result.current.findings)).toEqual([['Daan']]);
    rerender({ accepted: ['Daan'] });
    expect(matches(result.current.findings)).toEqual([[]]);
  });
});
