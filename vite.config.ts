/**
 * Vite build for the static site. `base: './'` lets dist/ work from any path; routes use the
 * URL hash, so deep links need no server rewrites. The built page carries a strict
 * Content-Security-Policy (own origin only); the dev server stays without it so that hot reload
 * and React's dev tooling keep working.
 *
 * Offline: vite-plugin-pwa (Workbox) writes a service worker that precaches the whole built
 * site, the workers, the WebAssembly and the real-header data included, so that after the first
 * visit every chapter works with the network off. Workbox skips files over its size limit
 * without a word (2 MiB by default; the headers file is 2.5 MB), so the limit is raised and
 * `e2e/offline.spec.ts` checks that the data file is in the precache list.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta tag as the first element of <head>, in production builds only. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'nonce-sense-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** Files over this size would silently be left out of the offline precache. */
export const PRECACHE_LIMIT_BYTES = 8 * 1024 * 1024;

export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'Nonce Sense',
        short_name: 'Nonce Sense',
        description: 'Proof-of-work explained and tested live in your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1a56b8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,bin,md,json,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
        navigateFallback: 'index.html',
        // Control the first page too, so chapters opened later in that visit work offline.
        clientsClaim: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
});
