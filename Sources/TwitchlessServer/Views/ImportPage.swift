import TwitchlessApp
import TwitchlessReports
import TwitchlessStore

/// The Import page: an Apple Health export uploaded from the browser, and what came in.
enum ImportPage {
    static func form(csrf: String?) -> HTML {
        "<h1>Import from Apple Health</h1>"
            + "<p>On your iPhone, open the Health app, tap your picture, then Export All Health Data. Choose the export.zip it makes here. "
            + "Sleep, caffeine, water, alcohol, magnesium, relaxation and workouts come in per day; everything else is skipped.</p>"
            + "<p class=\"muted\">Your own entries always come first, and imported days are not marked as checked in. Importing the same export again adds nothing.</p>"
            + "<form method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">\(HTML.csrfField(csrf))"
            + Pages.select(
                "magnesium_from",
                label: "Magnesium in Apple Health comes from",
                hint: "Many supplement apps record it; food diaries do too.",
                options: [("", "Ask me later (leave it out for now)"), ("supplement", "Supplements"), ("food", "Food")]
            )
            + "<label for=\"export\">The export file</label><input id=\"export\" name=\"export\" type=\"file\" accept=\".zip,.xml,application/zip,text/xml\" required>"
            + "<p><button type=\"submit\">Import</button></p></form>"
    }

    static func result(_ outcome: ImportDocument) -> HTML {
        let labels = [
            "sleep": "Sleep (nights)", "caffeine": "Caffeine", "water": "Water", "alcohol": "Alcohol", "magnesium": "Magnesium",
            "mindful": "Relaxation", "workout": "Workouts",
        ]
        var html: HTML = "<h1>Imported</h1><p class=\"message\" role=\"status\">"
        let stored = outcome.stored
        html +=
            stored.added + stored.changed + stored.removed == 0
            ? "Nothing new: every value was already in your log."
            : "Stored \(stored.added) new day values, \(stored.changed) updated, \(stored.unchanged) already in your log."
        html +=
            "</p><table><thead><tr><th scope=\"col\">What</th><th scope=\"col\" class=\"number\">Days</th><th scope=\"col\">From – to</th></tr></thead><tbody>"
        for type in outcome.types where type.records > 0 {
            let range = type.first.map { first in "\(first) – \(type.last ?? first)" } ?? "–"
            html +=
                "<tr><th scope=\"row\">\(labels[type.type] ?? type.type)</th><td class=\"number\">\(type.days)</td><td>\(range)</td></tr>"
        }
        html += "</tbody></table>"
        if outcome.otherRecords > 0 {
            html += "<p class=\"muted\">\(outcome.otherRecords) records of other kinds (heart rate, steps and the like) were skipped.</p>"
        }
        if outcome.magnesiumSkipped {
            html += "<p>Magnesium was left out because we don't know yet whether it came from food or supplements. Import again and choose one.</p>"
        }
        return html + "<p><a href=\"/history\">See your history</a></p>"
    }
}
