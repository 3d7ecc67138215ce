import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { FIXED_NOW } from './clock';

// jsdom does not implement scrolling; the router's scroll restoration calls it.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
Element.prototype.scrollIntoView = vi.fn();

// Every test runs at the same fixed moment, whatever today's date is (see clock.ts).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXED_NOW);
  // The document as index.html serves it: with its <title>, before a page sets its own. Without
  // it axe's document-title rule depended on whether the page's title effect had run yet.
  document.title = 'Met Andere Ogen';
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.localStorage.clear();
  document.documentElement.lang = '';
  vi.unstubAllGlobals();
});

// Role queries walk the whole page in jsdom, which is slow on a shared machine.
configure({ asyncUtilTimeout: 4000 });
