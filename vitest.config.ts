import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // The machine is shared (2 cores, several test runs at once): a slow run is not a failing one.
    testTimeout: 30_000,
    // Stylesheets load empty in tests, but not those read as text: an export applies its picture's
    // rules itself (src/map/render/svgLooks.ts), so a test of an export sees the real look.
    css: { include: [/\.css\?raw$/] },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
