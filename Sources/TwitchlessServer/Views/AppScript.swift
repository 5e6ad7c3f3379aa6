/// The one script: pages work without it; with it, the profile's time zone starts at this device's own.
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
        })();
        """
}
