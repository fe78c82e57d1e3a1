/**
 * The Content-Security-Policy the built page carries, as a `<meta>` tag put
 * in by a Vite plugin at build time (the dev server injects its own styles
 * and so runs without it). No inline scripts and no `eval`: every script is
 * a file of this site. Phaser makes its built-in textures from `data:` and
 * `blob:` images; Howler fetches the sounds and unlocks audio with a short
 * `data:` clip; the service worker and any Web Worker are files of this site
 * (`blob:` too, for a worker Vite inlines). Every button's place is set
 * through the style object, which a policy does not restrict; a style
 * attribute written into markup would be refused.
 */
import type { Plugin } from 'vite';

export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The policy as the text of the header or the meta tag. */
export function policyText(policy = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export function contentSecurityPolicyTag(): Plugin {
  return {
    name: 'coach-or-rescue:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policyText() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
