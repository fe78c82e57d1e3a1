/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyTag } from './scripts/vite/contentSecurityPolicy.ts';
import { scenarioCatalogue } from './scripts/vite/scenarioCatalogue.ts';

export default defineConfig({
  base: './',
  plugins: [
    scenarioCatalogue(),
    contentSecurityPolicyTag(),
    // After the first load the game starts and plays with no network: a service worker
    // precaches the page, its scripts and every sound (a workshop survives bad Wi-Fi).
    VitePWA({
      registerType: 'autoUpdate',
      // A script file, never an inline one (the page's policy allows none).
      injectRegister: 'script-defer',
      includeManifestIcons: false,
      manifest: {
        name: 'Coach or Rescue',
        short_name: 'Coach or Rescue',
        description:
          'A sales-management training game about coaching reps early instead of rescuing deals late.',
        theme_color: '#1f2a44',
        background_color: '#141b2d',
        display: 'fullscreen',
        orientation: 'landscape',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,wav}'],
        // Phaser's chunk is about 1.4 MB, over workbox's 2 MiB default only with room to spare.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // Whole seasons and property runs share two cores with the other test files.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/serveBuild.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
