// Service worker: the page works offline after its first load.
// Network first, cache as the fallback: online, every file comes fresh from
// the server (so a new build never meets stale modules or an old wasm, and
// nothing needs a version bump); each answer refreshes the cache, which is
// filled with every file at install so the page also works offline for files
// it has not used yet. Nothing but this origin's own GET requests is touched.
const CACHE = "abridge-page"; // older workers used "abridge-page-v1", "-v2"

const ASSETS = [
  "./",
  "index.html",
  "style.css",
  "favicon.svg",
  "app.js",
  "app/controls.js",
  "app/engine.js",
  "app/highlight.js",
  "app/input.js",
  "app/output.js",
  "app/render.js",
  "app/runner.js",
  "app/sample.js",
  "app/store.js",
  "app/text.js",
  "lib/abridge.js",
  "lib/core.js",
  "lib/polyfill.js",
  "lib/summarizer.js",
  "lib/worker-client.js",
  "lib/worker.js",
  "pkg/abridge.js",
  "pkg/abridge_bg.wasm",
  "widget/quote.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  const cache = await caches.open(CACHE);
  // lib/core.js re-imports the glue as pkg/abridge.js?instance=N after a trap:
  // served from the glue's entry when offline, never cached under its own URL.
  const instance = url.pathname.endsWith("/pkg/abridge.js") && url.search !== "";
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic" && !instance) cache.put(request, response.clone()).catch(() => {});
    return response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreSearch: instance });
    if (hit) return hit;
    // Offline and not cached: any page URL of this scope gets the page itself.
    if (request.mode === "navigate") {
      const page = await cache.match("./");
      if (page) return page;
    }
    throw error;
  }
}
