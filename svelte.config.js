import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Lets <script lang="ts"> and <style> blocks go through Vite's own transforms.
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
  },
};
