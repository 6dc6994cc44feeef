import { defineConfig } from 'vite';

// The dev server forwards /api to the API (pnpm start / startServer), so the browser talks to one
// origin and never sees database credentials. KG_API_URL overrides the target.
const api = process.env.KG_API_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  root: import.meta.dirname,
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': { target: api, changeOrigin: false } } },
  preview: { host: '127.0.0.1', proxy: { '/api': { target: api } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
