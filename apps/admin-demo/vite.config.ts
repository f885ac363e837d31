import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The README promises 127.0.0.1:5173: fail loudly when it is taken rather than start elsewhere.
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: false },
  build: {
    rolldownOptions: {
      onwarn(warning, next) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return; // radix-ui's "use client"
        next(warning);
      },
    },
  },
});
