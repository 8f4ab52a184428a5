import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { offline } from './build/offline'

export default defineConfig({
  plugins: [react(), tailwindcss(), offline()],
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
})
