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

// jsdom measures no layout: ProseMirror (the notes editor) asks ranges for their rectangles.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const emptyRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0, toJSON: () => ({}) }) as DOMRect;
Range.prototype.getClientRects = noRects;
Range.prototype.getBoundingClientRect = emptyRect;
