// Registers the app-shell service worker (client/public/sw.js) so a reload without network still
// opens the app and shows the changes waiting to be sent. Built app only: Vite's dev server
// serves modules that change on every edit.
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // Files loaded before the worker took over: hand them to it for the cache.
        const urls = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((name) => new URL(name).origin === location.origin && new URL(name).pathname.startsWith('/assets/'));
        registration.active?.postMessage({ cache: urls });
      })
      .catch(() => undefined);
  });
}
