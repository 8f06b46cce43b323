// Service worker: the page works offline with what it has used online.
// Network first, cache as the fallback: online, every file comes fresh from
// the server (so a new build never meets stale modules or an old wasm, and
// nothing needs a version bump), and each answer refreshes the cache. Nothing
// is fetched up front: the cache holds what the page used, the wasm module of
// each language it summarised included (pkg/abridge-<code>_bg.wasm), and never
// the modules of other languages. What the page fetched before this worker
// controlled it (the first visit), the page lists in a message
// ({ type: "cache", urls }, with a port that hears "cached" once they are). Nothing but this
// origin's own GET requests is touched.
const CACHE = "abridge-page"; // older workers used "abridge-page-v1", "-v2"

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE) && k !== CACHE).map((k) => caches.delete(k))))
      // Earlier workers cached the all-language module, which the page no longer uses.
      .then(() => caches.open(CACHE))
      .then((cache) => cache.delete(new URL("pkg/abridge_bg.wasm", self.registration.scope).href))
      .then(() => self.clients.claim()),
  );
});

/** @type {Map<string, Promise<void>>} URLs being added to the cache for a message */
const adding = new Map();

self.addEventListener("message", (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== "cache" || !Array.isArray(urls)) return;
  const done = caches.open(CACHE).then((cache) => Promise.all(urls.map((u) => {
    const url = new URL(String(u), self.location.href);
    if (url.origin !== self.location.origin || url.search) return null;
    if (!adding.has(url.href)) {
      adding.set(url.href, (async () => {
        if (!(await cache.match(url))) await cache.add(url).catch(() => {}); // gone: cached when next used
      })().finally(() => adding.delete(url.href)));
    }
    return adding.get(url.href);
  })));
  // The page hears back (on the port it sent) once they are cached.
  event.waitUntil(done.finally(() => event.ports[0]?.postMessage({ type: "cached" })));
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
      const page = (await cache.match("./")) ?? (await cache.match("index.html"));
      if (page) return page;
    }
    throw error;
  }
}
