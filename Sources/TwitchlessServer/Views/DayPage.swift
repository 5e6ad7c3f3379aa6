import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// One day, today or any past day: its episodes (each can be changed), an episode logged at a time of that day, and
/// its check-in, which can be made late or corrected.
enum DayPage {
    struct Input {
        var summary: DaySummary
        var episodes: [StoredEpisode]
        var foods: [StoredFoodIntake]
        var supplements: [StoredSupplementIntake]
        var today: LocalDate
        var now: Timestamp
    }

    static func render(_ input: Input, csrf: String?, message: String?, failed: FormState?) -> HTML {
        let date = input.summary.date
        var html: HTML = "<h1>\(DayText.long(date, today: input.today))</h1>"
        if date == input.today || date == input.today.adding(days: -1) {
            html += "<p class=\"muted\">\(date == input.today ? "Today" : "Yesterday")</p>"
        }
        html += "<nav aria-label=\"Days\"><p><a href=\"/days/\(date.adding(days: -1))\">Day before</a>"
        if date < input.today { html += " · <a href=\"/days/\(date.adding(days: 1))\">Day after</a>" }
        html += " · <a href=\"/history\">History</a></p></nav>"
        html += Pages.message(message)
        html += episodesSection(input, csrf: csrf, failed: failed?.matching("episode"))
        html += checkInSection(input, csrf: csrf, failed: failed?.matching("day"))
        html += intakesSection(input)
        return html
    }

    static func episodesSection(_ input: Input, csrf: String?, failed: FormState?) -> HTML {
        let date = input.summary.date
        var html: HTML = "<section class=\"card\" aria-labelledby=\"episodes\"><h2 id=\"episodes\">Episodes</h2>"
        if input.episodes.isEmpty {
            html += "<p>None logged on this day.</p>"
        } else {
            html += "<ul class=\"entries\">"
            for stored in input.episodes { html += "<li>\(EpisodeFields.line(stored))</li>" }
            html += "</ul>"
        }
        html +=
            "<details\(failed == nil ? "" : " open")><summary>Log an episode on this day</summary>"
            + "<form method=\"post\" action=\"/log/episode\">\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"on\" value=\"\(date)\">"
            + "<input type=\"hidden\" name=\"return\" value=\"day\">" + (failed?.alert ?? "")
        html += EpisodeFields.site(selected: nil, prefix: "day-", failed: failed) + EpisodeFields.kind(selected: .twitch, failed: failed)
        html += Pages.field("time", id: "day-time", label: "At what time", type: "time", attributes: "required", failed: failed)
        html += EpisodeFields.details(nil, prefix: "day-", failed: failed)
        return html + "<p><button type=\"submit\">Log it</button></p></form></details></section>"
    }

    static func checkInSection(_ input: Input, csrf: String?, failed: FormState?) -> HTML {
        let summary = input.summary
        let date = summary.date
        let log = summary.dayLog
        var html: HTML = "<section class=\"card\" aria-labelledby=\"check-in\"><h2 id=\"check-in\">Check-in</h2>"
        html +=
            summary.isTracked
            ? "<p>You checked in for this day. Change anything below; an emptied field is removed.</p>"
            : "<p>Not checked in yet. Checking in counts the day, even with no twitches. Leave out anything you don't know.</p>"
        html += "<form method=\"post\" action=\"/days/\(date)\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
        for factor in DayFactor.allCases {
            let isImported = log?.importedFactors.contains(factor) ?? false
            let own = isImported ? nil : log?.value(of: factor)
            let imported = isImported ? log?.value(of: factor) : nil
            let importedHint = imported.map { value in
                "Imported: \(factor.isYesNo ? (value != 0 ? "yes" : "no") : "\(DecimalText.format(value)) \(factor.unit)"). It counts unless you enter your own."
            }
            html += CheckInFields.field(factor, own: own, hint: importedHint, failed: failed)
        }
        html += "<p><button type=\"submit\">\(summary.isTracked ? "Save the check-in" : "Check in")</button></p></form>"
        if summary.isTracked {
            html += "<p><a class=\"button secondary\" href=\"/days/\(date)/remove-check-in\">Remove this check-in</a></p>"
        }
        return html + "</section>"
    }

    static func intakesSection(_ input: Input) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"intakes\"><h2 id=\"intakes\">Food and supplements</h2>"
        if input.foods.isEmpty && input.supplements.isEmpty {
            html += "<p>None logged on this day.</p>"
        } else {
            html += "<ul class=\"entries\">"
            for food in input.foods { html += "<li>\(IntakePage.line(food))</li>" }
            for intake in input.supplements { html += "<li>\(IntakePage.line(intake))</li>" }
            html += "</ul>"
        }
        return html + "<p><a href=\"/log#food\">Log food or a supplement</a></p></section>"
    }

    /// The question before removing a day's check-in.
    static func confirmRemoveCheckIn(_ date: LocalDate, today: LocalDate, csrf: String?) -> HTML {
        "<h1>Remove this check-in?</h1>"
            + "<p>The check-in for \(DayText.long(date, today: today)) and its factors will be removed, so the day no longer counts in the analysis. Its episodes, foods and supplements stay.</p>"
            + "<form method=\"post\" action=\"/days/\(date)/remove-check-in\">\(HTML.csrfField(csrf))"
            + "<p><button type=\"submit\">Remove it</button> <a class=\"button secondary\" href=\"/days/\(date)\">Keep it</a></p></form>"
    }
}

/// The fields of a check-in form, one per day factor.
enum CheckInFields {
    static func field(_ factor: DayFactor, own: Double?, hint: String?, failed: FormState?) -> HTML {
        if factor.isYesNo {
            let stored = own.map { $0 != 0 ? "yes" : "no" } ?? ""
            let value = failed?.value(for: factor.column, default: stored) ?? stored
            let hintID = hint.map { _ in "\(factor.column)-hint" }
            var html: HTML = "<label for=\"\(factor.column)\">\(factor.displayName)"
            if let hint, let hintID { html += "<span class=\"hint\" id=\"\(hintID)\">\(hint)</span>" }
            return html + "</label><select id=\"\(factor.column)\" name=\"\(factor.column)\"\(Pages.describedBy(hintID, failed))>"
                + "<option value=\"\"\(value != "yes" && value != "no" ? " selected" : "")>Not logged</option><option value=\"yes\"\(value == "yes" ? " selected" : "")>Yes</option>"
                + "<option value=\"no\"\(value == "no" ? " selected" : "")>No</option></select>"
        }
        let range: HTML = factor.range.map { "min=\"\(DecimalText.format($0.lowerBound))\" max=\"\(DecimalText.format($0.upperBound))\"" } ?? ""
        return Pages.field(
            factor.column,
            label: "\(factor.displayName) (\(factor.unit))",
            hint: hint,
            type: "number",
            value: own.map { DecimalText.format($0) } ?? "",
            attributes: "\(range) step=\"any\" inputmode=\"decimal\"",
            failed: failed
        )
    }
}
