import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const projectRoot = import.meta.dirname;
const rendererRoot = path.join(projectRoot, 'src-renderer');

/**
 * Vite resolves a relative outDir against `root` (src-renderer); people type paths from the
 * repository, so `vite build --outDir build/renderer-electron` must land in <repo>/build/….
 */
function outDirFromProjectRoot(): Plugin {
  return {
    name: 'garage-desk:out-dir-from-project-root',
    config(config) {
      const outDir = config.build?.outDir;
      if (outDir && !path.isAbsolute(outDir)) return { build: { outDir: path.resolve(projectRoot, outDir) } };
    },
  };
}

// `vite build` makes the browser build (served by `npm run serve`); `--mode electron` the
// desktop one. The two differ only in how the renderer reaches the back end: `#transport`
// points at the matching api/transport.<platform>.ts.
export default defineConfig(({ mode }) => ({
  root: rendererRoot,
  base: './',
  plugins: [react(), outDirFromProjectRoot()],
  resolve: {
    alias: { '#transport': path.join(rendererRoot, 'api', mode === 'electron' ? 'transport.electron.ts' : 'transport.web.ts') },
  },
  build: {
    outDir: path.join(projectRoot, 'build', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // Hot reload: `npx vite` next to a running `npm run serve` (port 5180), then open
    // http://localhost:5173/#token=<the token it printed>.
    // Only the API, not the renderer's own src-renderer/api/*.ts modules.
    proxy: { '^/api/(?![^?]*\\.tsx?(\\?|$))': 'http://127.0.0.1:5180' },
  },
}));
