import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom does not implement scrolling; the router's scroll restoration calls it.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
Element.prototype.scrollIntoView = vi.fn();

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
  vi.unstubAllGlobals();
});

// Role queries walk the whole page in jsdom, which is slow on a shared machine.
configure({ asyncUtilTimeout: 4000 });
