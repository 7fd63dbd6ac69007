import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Served by Quarkus via Quinoa: `npm run build` -> dist/, `npm run dev` -> Vite dev server
// (Quinoa passes the port on the command line; default 5173). `npm test` runs Vitest with the same plugins.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    rollupOptions: {
      output: {
        // A feature group's texts (src/i18n/storage/sv.json) are named after it: texts-storage-sv-<hash>.js.
        chunkFileNames: (chunk) => {
          const texts = /i18n\/(?:(\w+)\/)?(\w+)\.json$/.exec(chunk.facadeModuleId ?? '')
          return texts ? `assets/texts-${texts[1] ?? 'start'}-${texts[2]}-[hash].js` : 'assets/[name]-[hash].js'
        },
      },
    },
  },
  // The category placeholder's test reads the category seed of the database migrations (one source of truth).
  server: { fs: { allow: ['.', '../src/main/resources/db/migration'] } },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // The build machine is small and shared: a few workers are enough for these tests.
    maxWorkers: 2,
    // Opening a lazy page transforms its modules on first use, which takes seconds on a busy machine.
    testTimeout: 20_000,
  },
})
