import react from '@vitejs/plugin-react';
import { workspaceSource } from '@pc-errors/tooling/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  // The dev server reads the packages from source (an edit in packages/*/src reloads the page); the production
  // build uses their dist/, as a portal that installs them would.
  plugins: [react(), workspaceSource({ apply: 'serve' })],
  // The README promises 127.0.0.1:5173: fail loudly when it is taken rather than start elsewhere.
  // DEMO_PORT=0 picks a free port instead (the dev-loop check in e2e/dev/ does).
  server: { port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
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
