/// The one script a page loads. Pages work without it; with it, the profile's time zone starts at this device's own,
/// and the service worker keeps what is logged offline and sends it when the connection is back.
enum AppScript {
    static let path = "/app.js"
    static let source = """
        "use strict";
        (function () {
          // A profile without a chosen time zone: pick this device's, when the list has it.
          var zone = document.querySelector("select[data-device-default]");
          if (zone && window.Intl) {
            var own = Intl.DateTimeFormat().resolvedOptions().timeZone;
            for (var i = 0; i < zone.options.length; i++) {
              if (zone.options[i].value === own) { zone.selectedIndex = i; break; }
            }
          }
          if (!("serviceWorker" in navigator)) return;
          navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
          // Notifications: the button shows where the browser can take them; a tap asks, subscribes and tells the server.
          var button = document.querySelector("button[data-push-subscribe]");
          if (button && window.PushManager && window.isSecureContext) {
            button.hidden = false;
            button.addEventListener("click", function () {
              var key = button.getAttribute("data-push-subscribe").replace(/-/g, "+").replace(/_/g, "/");
              var raw = atob(key + "===".slice((key.length + 3) % 4));
              var bytes = new Uint8Array(raw.length);
              for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
              Notification.requestPermission().then(function (permission) {
                if (permission !== "granted") throw new Error("Notifications were not allowed in this browser.");
                return navigator.serviceWorker.ready;
              }).then(function (registration) {
                return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes });
              }).then(function (subscription) {
                var json = subscription.toJSON();
                var form = new URLSearchParams();
                form.set("csrf", document.querySelector("input[name=csrf]").value);
                form.set("endpoint", json.endpoint);
                form.set("p256dh", json.keys.p256dh);
                form.set("auth", json.keys.auth);
                return fetch("/settings/push", { method: "POST", body: form, credentials: "same-origin" });
              }).then(function (response) {
                if (!response.ok) throw new Error("The server did not take this browser's subscription.");
                window.location = "/settings?push=on#push";
              }).catch(function (error) {
                var hint = document.querySelector("[data-push-hint]");
                if (hint) { hint.textContent = error.message; hint.setAttribute("role", "alert"); }
              });
            });
          }
          // Anything logged offline is sent now, and whenever the connection comes back.
          function send() {
            navigator.serviceWorker.ready.then(function (registration) {
              if (registration.active) registration.active.postMessage("send");
            });
          }
          send();
          window.addEventListener("online", send);
          navigator.serviceWorker.addEventListener("message", function (event) {
            var data = event.data || {};
            if (data.type !== "sent" && data.type !== "refused") return;
            var main = document.getElementById("main");
            if (!main) return;
            var note = document.createElement("p");
            note.className = data.type === "sent" ? "message" : "error";
            note.setAttribute("role", "status");
            note.textContent = data.type === "sent"
              ? (data.count === 1 ? "The entry you made offline is saved now." : "The " + data.count + " entries you made offline are saved now.")
              : "An entry you made offline could not be saved (" + data.reason + "). Please log it again.";
            main.insertBefore(note, main.firstChild);
          });
        })();
        """
}
