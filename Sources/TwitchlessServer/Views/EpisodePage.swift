import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// One episode: its edit form (the details, the time, the site and kind, "it stopped now"), and the question that
/// comes before deleting it.
enum EpisodePage {
    /// "The twitch in your left eyelid at 21:15 on Tuesday 24 November."
    static func title(_ episode: Episode, today: LocalDate) -> String {
        let place = episode.site == .other ? "(site: other)" : "in your \(episode.site.displayName)"
        return "The \(episode.kind.rawValue) \(place) at \(episode.startedAt.clockText) \(onDay(episode.localDate, today: today))"
    }

    static func onDay(_ date: LocalDate, today: LocalDate) -> String {
        let words = DayText.relative(date, today: today)
        return date == today || date == today.adding(days: -1) ? words : "on \(words)"
    }

    /// Whether "It has stopped" is offered: an episode with no duration yet that began in the last 12 hours.
    static func canStop(_ episode: Episode, now: Timestamp) -> Bool {
        episode.durationSeconds == nil && now.epochSeconds - episode.startedAt.epochSeconds < 12 * 3600
            && now.epochSeconds >= episode.startedAt.epochSeconds
    }

    static func editForm(_ stored: StoredEpisode, now: Timestamp, today: LocalDate, csrf: String?, failed: FormState?) -> HTML {
        let episode = stored.episode
        let failed = failed?.matching("edit")
        var html: HTML = "<h1>Change an episode</h1><p>\(title(episode, today: today)).</p>"
        if canStop(episode, now: now) {
            html +=
                "<form method=\"post\" action=\"/episodes/\(stored.id.rawValue)/stop\">\(HTML.csrfField(csrf))"
                + "<p><button type=\"submit\">It has stopped now</button></p></form>"
        }
        html +=
            "<section class=\"card\" aria-labelledby=\"details\"><h2 id=\"details\">Details</h2>"
            + "<form method=\"post\" action=\"/episodes/\(stored.id.rawValue)\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
        html += EpisodeFields.site(selected: episode.site.rawValue, failed: failed) + EpisodeFields.kind(selected: episode.kind, failed: failed)
        html += WhenField.render(label: "When it started", current: episode.startedAt, max: now, failed: failed)
        html += EpisodeFields.details(episode, failed: failed)
        html += Pages.field("note", label: "Note (optional)", value: episode.note ?? "", attributes: "maxlength=\"1000\"", failed: failed)
        html +=
            "<p><button type=\"submit\">Save changes</button> <a class=\"button secondary\" href=\"/days/\(episode.localDate)\">Cancel</a></p></form></section>"
        html +=
            "<section aria-labelledby=\"delete\"><h2 id=\"delete\">Logged by mistake?</h2>"
            + "<p><a class=\"button secondary\" href=\"/episodes/\(stored.id.rawValue)/delete\">Delete this episode</a></p></section>"
        return html
    }

    /// The one question before deleting: what goes, and that nothing else changes.
    static func confirmDelete(_ stored: StoredEpisode, today: LocalDate, csrf: String?) -> HTML {
        let episode = stored.episode
        return "<h1>Delete this episode?</h1>"
            + "<p>\(title(episode, today: today)) will be deleted from your log. Nothing else changes: the day's check-in, foods and supplements stay.</p>"
            + "<form method=\"post\" action=\"/episodes/\(stored.id.rawValue)/delete\">\(HTML.csrfField(csrf))"
            + "<p><button type=\"submit\">Delete it</button> <a class=\"button secondary\" href=\"/episodes/\(stored.id.rawValue)/edit\">Keep it</a></p></form>"
    }
}
