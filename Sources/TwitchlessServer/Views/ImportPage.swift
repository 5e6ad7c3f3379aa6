import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessReports
import TwitchlessStore

/// The Import and export page: a file uploaded from the browser (recognised by its content) and what came in, and
/// the downloads.
enum ImportPage {
    static func form(csrf: String?, today: LocalDate) -> HTML {
        var html: HTML = "<h1>Import and export</h1>"
        html +=
            "<section class=\"card\" aria-labelledby=\"import\"><h2 id=\"import\">Bring data in</h2>"
            + "<p>Choose a file and Twitchless recognises it:</p><ul>"
            + "<li><strong>Apple Health</strong>: on your iPhone, open the Health app, tap your picture, then Export All Health Data. Choose the export.zip it makes. Sleep, caffeine, water, alcohol, magnesium, relaxation and workouts come in per day; everything else is skipped.</li>"
            + "<li><strong>A days or episodes CSV file</strong>, such as the ones you can download below, from another copy of Twitchless or a spreadsheet.</li>"
            + "<li><strong>A Twitchless backup</strong>, to bring everything back into this account while it has no entries yet (nothing is ever mixed).</li></ul>"
            + "<p class=\"muted\">Your own entries always come first, and imported Apple Health days are not marked as checked in. Importing the same file again adds nothing.</p>"
            + "<form method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">\(HTML.csrfField(csrf))"
            + "<label for=\"export\">The file</label><input id=\"export\" name=\"export\" type=\"file\" accept=\".zip,.xml,.csv,.twitchless-backup,application/zip,text/xml,text/csv\" required>"
            + Pages.select(
                "magnesium_from",
                label: "For Apple Health: its magnesium comes from",
                hint: "Many supplement apps record it; food diaries do too.",
                options: [("", "Ask me later (leave it out for now)"), ("supplement", "Supplements"), ("food", "Food")]
            )
            + "<label class=\"choice\"><input type=\"checkbox\" name=\"replace\" value=\"yes\"><span>For CSV files: where the file disagrees with your log, use the file\u{2019}s values (otherwise nothing is imported and you are told where they differ)</span></label>"
            + "<p><button type=\"submit\">Import</button></p></form></section>"
        html +=
            "<section class=\"card\" aria-labelledby=\"export-files\"><h2 id=\"export-files\">Take data out</h2><ul class=\"links\">"
            + "<li><a href=\"/export/all.zip\" download>All my data (zip)</a><span class=\"hint\">Everything in one file: a backup to restore, the CSV files, the FHIR bundle and the doctor report, with a note on what each is.</span></li>"
            + "<li><a href=\"/export/backup\" download>A backup</a><span class=\"hint\">Everything you have logged in one file, to restore into an empty account here or on another server. It holds no password.</span></li>"
            + "<li><a href=\"/export/days.csv\" download>Your check-ins (CSV)</a><span class=\"hint\">One row per checked-in day with its factors; opens in any spreadsheet and imports again unchanged.</span></li>"
            + "<li><a href=\"/export/episodes.csv\" download>Your episodes (CSV)</a><span class=\"hint\">Every twitch, spasm and cramp with its details.</span></li>"
            + "<li><a href=\"/export/fhir.json\" download>For a clinician\u{2019}s system (FHIR)</a><span class=\"hint\">The last 90 days as a FHIR R4 bundle, with no name and no diagnosis. The doctor report on the Report page is easier to read.</span></li>"
            + "</ul>"
            + "<form method=\"get\" action=\"/export/calendar.ics\"><h3 id=\"calendar\">A calendar for your phone</h3>"
            + "<p>Your magnesium times that keep every medicine\u{2019}s gap, your trial\u{2019}s periods, and a daily check-in, for the next four weeks. Open the file on your phone to add it to your calendar.</p>"
            + Pages.field("check_in", label: "Remind me to check in at (optional)", hint: "For example 21:00.", type: "time")
            + "<p><button type=\"submit\" class=\"secondary\">Download the calendar</button></p></form></section>"
        return html
    }

    static func csvResult(_ outcome: CSVImporting.Outcome) -> HTML {
        let counts = outcome.counts
        var html: HTML = "<h1>Imported</h1><div class=\"message\" role=\"status\">"
        if let name = outcome.daysFile {
            html +=
                "<p>\(name): \(count(counts.newDays, "new day")), \(count(counts.changedDays, "updated day")), \(counts.unchangedDays) already in your log.</p>"
        }
        if let name = outcome.episodesFile {
            html +=
                "<p>\(name): \(count(counts.newEpisodes, "new episode")), \(count(counts.changedEpisodes, "updated episode")), \(counts.unchangedEpisodes) already in your log.</p>"
        }
        return html + "</div><p><a href=\"/history\">See your history</a> · <a href=\"/import\">Import another file</a></p>"
    }

    static func restored(_ counts: BackupCounts) -> HTML {
        "<h1>Restored</h1><p class=\"message\" role=\"status\">Restored \(counts.summary) from the backup.</p>"
            + "<p><a href=\"/\">See today</a> · <a href=\"/history\">See your history</a></p>"
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

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
