import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Served by Quarkus via Quinoa: `npm run build` -> dist/, `npm run dev` -> Vite dev server
// (Quinoa passes the port on the command line; default 5173).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
  },
})
