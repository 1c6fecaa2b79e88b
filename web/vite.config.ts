/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server serves dist/ at "/" with an SPA fallback; the app only talks to /api/v1 with
// relative URLs. For `npm run dev`, point WERKPAD_DEV_API at a running `werkpad serve`.
const apiTarget = process.env.WERKPAD_DEV_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    sourcemap: true,
    assetsInlineLimit: 0,
    // One bundle of ~550 kB (160 kB gzipped), most of it the NL Design System component library;
    // served from the same server, cached after the first load.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
