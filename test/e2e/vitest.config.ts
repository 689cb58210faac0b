// End-to-end tests in real Chromium (`npm run test:e2e`), apart from the unit tests of `npm test`:
// one file at a time (they build, serve and drive a browser on a 2-core machine), with long timeouts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root: repoRoot,
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globals: true,
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    globalSetup: ['test/e2e/globalSetup.ts'],
  },
});
