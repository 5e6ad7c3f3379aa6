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
