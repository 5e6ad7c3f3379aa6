/// The service worker: Today and Log open offline from their last copy, and a twitch, check-in, food, supplement or
/// symptom logged offline is kept on the device with its time and a key, then sent once with `Idempotency-Key` when
/// the connection is back, so nothing is lost or doubled.
enum ServiceWorker {
    static let path = "/sw.js"
    /// The forms whose posts are kept when offline, and the field that keeps the moment they were made.
    static let queued: [(path: String, field: String)] = [
        ("/log/episode", "at"), ("/log/food", "at"), ("/log/supplement", "at"), ("/log/symptom", "at"), ("/log/day", "date"),
        ("/check-in/quick", "date"),
    ]
    /// The pages kept for opening offline (their last copy, without a message in the address).
    static let kept = ["/", "/log"]

    static let source: String = {
        let queuedJS = queued.map { "\"\($0.path)\": \"\($0.field)\"" }.joined(separator: ", ")
        let keptJS = kept.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            "use strict";
            const PAGES = "twitchless-pages-1";
            const QUEUED = { \(queuedJS) };
            const KEPT = [\(keptJS)];

            self.addEventListener("install", () => self.skipWaiting());
            self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

            function database() {
              return new Promise((resolve, reject) => {
                const request = indexedDB.open("twitchless", 1);
                request.onupgradeneeded = () => request.result.createObjectStore("outbox", { keyPath: "key" });
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error);
              });
            }
            async function outbox(mode, work) {
              const db = await database();
              return new Promise((resolve, reject) => {
                const transaction = db.transaction("outbox", mode);
                const result = work(transaction.objectStore("outbox"));
                transaction.oncomplete = () => resolve(result && result.result);
                transaction.onerror = () => reject(transaction.error);
              });
            }

            function pad(n) { return String(n).padStart(2, "0"); }
            // This device's date, and its time with its UTC offset: when the entry was made, not when it is sent.
            function localDate(now) { return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()); }
            function localTime(now) {
              const offset = -now.getTimezoneOffset();
              const sign = offset >= 0 ? "+" : "-";
              return localDate(now) + "T" + pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds())
                + sign + pad(Math.floor(Math.abs(offset) / 60)) + ":" + pad(Math.abs(offset) % 60);
            }

            function page(title, text) {
              return new Response(
                "<!doctype html><html lang=\\"en\\"><head><meta charset=\\"utf-8\\"><meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\">"
                + "<title>" + title + " · Twitchless</title><style>body{font:1.05rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;"
                + "color:#1f2a30;background:#fbfaf7}a{color:#2f6b5e;font-weight:600;display:inline-flex;min-height:44px;align-items:center}"
                + "@media (prefers-color-scheme: dark){body{color:#e8eef0;background:#111719}a{color:#7fd1bb}}</style></head>"
                + "<body><main id=\\"main\\"><h1>" + title + "</h1><p>" + text + "</p><p><a href=\\"/\\">Back to Today</a></p></main></body></html>",
                { headers: { "Content-Type": "text/html; charset=utf-8" } });
            }

            async function sendOrKeep(request) {
              const path = new URL(request.url).pathname;
              const body = await request.clone().text();
              try {
                const response = await fetch(request);
                send();
                return response;
              } catch (offline) {
                const form = new URLSearchParams(body);
                const field = QUEUED[path];
                const now = new Date();
                if (!form.get(field) && !form.get(field + "_picker")) form.set(field, field === "date" ? localDate(now) : localTime(now));
                await outbox("readwrite", (store) => store.put({ key: crypto.randomUUID(), url: request.url, body: form.toString(), made: now.getTime() }));
                if (self.registration.sync) self.registration.sync.register("send-outbox").catch(() => {});
                return page("Saved on this phone",
                  "You're offline, so this is kept on this phone with the time you made it. It is sent as soon as the connection is back, once.");
              }
            }

            let sending = null;
            function send() { if (!sending) sending = sendAll().finally(() => { sending = null; }); return sending; }
            async function sendAll() {
              const waiting = (await outbox("readonly", (store) => store.getAll())) || [];
              waiting.sort((a, b) => a.made - b.made);
              let sent = 0;
              for (const entry of waiting) {
                let response;
                try {
                  response = await fetch(entry.url, {
                    method: "POST", body: entry.body, credentials: "same-origin", redirect: "manual",
                    headers: { "Content-Type": "application/x-www-form-urlencoded", "Idempotency-Key": entry.key },
                  });
                } catch (offline) {
                  return;
                }
                if (response.status >= 500) return;
                await outbox("readwrite", (store) => store.delete(entry.key));
                const clients = await self.clients.matchAll({ type: "window" });
                if (response.type === "opaqueredirect" || response.status < 400) {
                  sent += 1;
                } else {
                  const reason = response.status === 403 ? "you were signed out" : "it was refused";
                  clients.forEach((client) => client.postMessage({ type: "refused", reason }));
                }
              }
              if (sent > 0) {
                const clients = await self.clients.matchAll({ type: "window" });
                clients.forEach((client) => client.postMessage({ type: "sent", count: sent }));
              }
            }

            async function pageOrCopy(request) {
              const url = new URL(request.url);
              try {
                const response = await fetch(request);
                if (response.ok && KEPT.includes(url.pathname) && !url.search) {
                  const copy = response.clone();
                  caches.open(PAGES).then((cache) => cache.put(url.pathname, copy));
                }
                return response;
              } catch (offline) {
                const copy = await caches.match(url.pathname);
                return copy || page("You're offline", "This page needs the connection. Today and Log open offline once you have visited them.");
              }
            }

            self.addEventListener("fetch", (event) => {
              const request = event.request;
              const url = new URL(request.url);
              if (url.origin !== self.location.origin) return;
              if (request.method === "POST" && QUEUED[url.pathname]) event.respondWith(sendOrKeep(request));
              else if (request.method === "GET" && request.mode === "navigate") event.respondWith(pageOrCopy(request));
            });
            self.addEventListener("message", (event) => { if (event.data === "send") event.waitUntil(send()); });
            // A reminder: its words only, and the page it opens.
            self.addEventListener("push", (event) => {
              let data = {};
              try { data = event.data ? event.data.json() : {}; } catch (notJSON) { data = {}; }
              event.waitUntil(self.registration.showNotification("Twitchless", {
                body: data.text || "A reminder from Twitchless", icon: "/icons/icon-192.png", badge: "/icons/icon-192.png",
                data: { path: typeof data.path === "string" && data.path.startsWith("/") ? data.path : "/" },
              }));
            });
            self.addEventListener("notificationclick", (event) => {
              event.notification.close();
              event.waitUntil(self.clients.openWindow(event.notification.data.path));
            });
            self.addEventListener("sync", (event) => { if (event.tag === "send-outbox") event.waitUntil(send()); });
            """
    }()
}
