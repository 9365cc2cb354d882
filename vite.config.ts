/**
 * Vite build for the static site. `base: './'` lets dist/ work from any path; routes use the
 * URL hash, so deep links need no server rewrites. The built page carries a strict
 * Content-Security-Policy (own origin only); the dev server stays without it so that hot reload
 * and React's dev tooling keep working.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
});
