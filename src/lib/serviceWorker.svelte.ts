/**
 * Offline use (issue #12): registers the service worker the build writes (vite-plugin-pwa / Workbox: `sw.js`,
 * which precaches every hashed file of the build). A new build's worker installs in the background, takes over
 * at once and deletes the old build's files, so no stale version lingers: this page keeps running as loaded, and
 * says that a new version is there; any load after that is the new version. Production builds only (never under
 * `npm run dev`, where a worker would serve stale modules).
 */
export const update = $state({ available: false });

export function registerServiceWorker(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): void {
  if (!container) return;
  // A page no worker controlled gets one on its first visit: that is installing, not an update.
  const hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (hadController) update.available = true;
  });
  container.register('./sw.js').catch(() => {
    // No worker (private mode, blocked by policy): the page works as before, online only.
  });
}
