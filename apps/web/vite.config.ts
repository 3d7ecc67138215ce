/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libAliases } from '../../vitest.shared.ts';

const api = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The api refuses mutations whose Origin is not its own. In development the page comes from
 * Vite's port, so the proxy presents the api's origin (production serves both from one origin).
 */
const asApiOrigin = {
  target: api,
  changeOrigin: true,
  configure(proxy: { on(event: string, listener: (proxyReq: { setHeader(name: string, value: string): void }) => void): void }) {
    proxy.on('proxyReq', (proxyReq) => proxyReq.setHeader('origin', api));
    proxy.on('proxyReqWs', (proxyReq) => proxyReq.setHeader('origin', api));
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: libAliases },
  server: {
    port: 5173,
    proxy: {
      '/api': asApiOrigin,
      '/health': { target: api, changeOrigin: true },
      '/collab': { ...asApiOrigin, ws: true },
      '/socket.io': { ...asApiOrigin, ws: true },
    },
  },
  preview: { port: 4173 },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Whole-page tests (the live room with its boards and editor) take 1–2 s alone and more on a
    // busy 2-core machine; 5 s made them fail by the clock, not by what they check.
    testTimeout: 15_000,
  },
});
