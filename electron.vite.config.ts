import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Desktop build: main (the core bundled with the shell), preload, and the same renderer
// the hub serves. Native modules stay external and are rebuilt for Electron by
// electron-builder (install-app-deps).
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    // The cry analyser runs in a worker thread: bundle it as its own file beside main.
    build: { rollupOptions: { input: { index: resolve('electron/main/index.ts'), 'audio-worker': resolve('core/baby/audio-worker.ts') } } },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    // Sandboxed renderers only run CommonJS preloads.
    build: { rollupOptions: { input: { index: resolve('electron/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } } },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: { rollupOptions: { input: { index: resolve('renderer/index.html') } } },
  },
});
