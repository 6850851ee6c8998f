import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the web client (src/web) into dist/web, which the server serves as static files. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    // The polyfill is only for old browsers and would add code to every page load.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
