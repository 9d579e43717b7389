import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Desktop build: main (the core bundled with the shell), preload, and the same renderer
// the hub serves. Native modules stay external and are rebuilt for Electron by
// electron-builder (install-app-deps).
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    // The core runs in a utility process and the cry analyser in a worker thread: each is
    // bundled as its own file beside main (electron/main/index.ts forks core-process.js).
    build: {
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts'), 'core-process': resolve('electron/core-process/main.ts'), 'audio-worker': resolve('core/baby/audio-worker.ts') },
      },
    },
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
