import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { boot } from './build/boot.ts'
import { offline } from './build/offline.ts'

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url))

// BENCH=1 adds the pages `npm run bench` needs (a seeding page that writes through the app's own
// storage code, and a blank page as the floor); the normal build has index.html only.
const benchBuild =
  process.env.BENCH === '1'
    ? {
        rollupOptions: {
          input: { main: page('index.html'), bench: page('bench.html'), blank: page('bench-blank.html') },
        },
      }
    : {}

export default defineConfig({
  plugins: [react(), tailwindcss(), boot(), offline()],
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  build: benchBuild,
})
