// Service worker: the page works offline after its first load.
// Cache-first from a versioned cache. Bump VERSION whenever a cached file
// changes (the page, its modules, www/lib or the wasm build): the new worker
// installs a fresh cache and deletes the old ones. Nothing but this origin's
// own GET requests is ever touched.
const VERSION = "abridge-page-v2";
const PREFIX = "abridge-page-";

const ASSETS = [
  "./",
  "index.html",
  "style.css",
  "favicon.svg",
  "app.js",
  "app/highlight.js",
  "app/output.js",
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
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(VERSION)
      .then((cache) => cache.addAll(ASSETS.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== VERSION).map((k) => caches.delete(k))))
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
  const cache = await caches.open(VERSION);
  // lib/core.js re-imports the glue as pkg/abridge.js?instance=N after a trap.
  const ignoreSearch = url.pathname.endsWith("/pkg/abridge.js");
  const hit = await cache.match(request, { ignoreSearch });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") cache.put(request, response.clone());
    return response;
  } catch (error) {
    // Offline and not cached: any page URL of this scope gets the page itself.
    if (request.mode === "navigate") {
      const page = await cache.match("./");
      if (page) return page;
    }
    throw error;
  }
}
