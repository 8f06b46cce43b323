// Tiny static file server for the demo page (www/). Development and tests only.
//
//   node scripts/serve.mjs [port] [root]   # PORT env also works; default 8080, host 127.0.0.1, root www/
//
// `make run` serves dist/page/ (the page as built by scripts/page.mjs, JS
// minified); `node scripts/serve.mjs 8080 www` serves the readable sources.
//
// Tests import startServer() and pass port 0 to get a free port.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../www/", import.meta.url));

// Only these types are served; anything else is a 404. `.wasm` must be
// application/wasm or WebAssembly.instantiateStreaming() refuses it.
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".map": "application/json; charset=utf-8", // source maps of the minified page (dist/page)
};

/**
 * Starts serving `root` and resolves to the listening http.Server once it
 * accepts connections (read the real port from `server.address().port`).
 * `headers` are added to every file response.
 */
export function startServer({ root = ROOT, port = 8080, host = "127.0.0.1", headers = {} } = {}) {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
      res.end(req.method === "HEAD" ? undefined : `${body}\n`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");

    let file;
    try {
      const { pathname } = new URL(req.url, "http://localhost");
      const rel = decodeURIComponent(pathname);
      if (rel.includes("\0")) return send(400, "bad request");
      file = path.resolve(base, `.${rel}`);
      if (rel.endsWith("/")) file = path.join(file, "index.html");
    } catch {
      return send(400, "bad request"); // malformed URL or %-escape
    }
    // No directory traversal: the resolved path must stay inside the root.
    if (file !== base && !file.startsWith(base + path.sep)) return send(404, "not found");

    const type = TYPES[path.extname(file).toLowerCase()];
    const info = type && (await stat(file).catch(() => null));
    if (!info?.isFile()) return send(404, "not found");
    // The built page's and widget's JS name no source map (readers would download the
    // comment); the map beside a file is announced in a header instead.
    const map = type.startsWith("text/javascript") && (await stat(`${file}.map`).catch(() => null))?.isFile();

    res.writeHead(200, {
      "content-type": type,
      "content-length": info.size,
      "cache-control": "no-store", // always the freshly built package
      "x-content-type-options": "nosniff",
      ...(map && { sourcemap: `${path.basename(file)}.map` }),
      ...headers, // e.g. a Content-Security-Policy in the widget tests
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).on("error", () => res.destroy()).pipe(res);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

// Run as a script: serve www/ until interrupted.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const host = process.env.HOST ?? "127.0.0.1";
  const root = process.argv[3] ? path.resolve(process.argv[3]) : ROOT;
  const server = await startServer({ root, port, host });
  const { port: actual } = server.address();
  console.log(`Serving ${root} on http://${host}:${actual}/  (Ctrl+C to stop)`);
}
