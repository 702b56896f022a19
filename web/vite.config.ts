import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  build: {
    // Kit's adapter runs inside writeBundle, which Rolldown reports as "slow": expected, not a problem.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    // `npm start` serves the API on :3000; the dev server forwards to it so cookies stay same-origin.
    proxy: { '/api': 'http://127.0.0.1:3000' },
    // `#shared/*` resolves (through the root package.json "imports") to ../shared.
    fs: { allow: ['../shared'] },
  },
});
