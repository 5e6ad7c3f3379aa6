import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// The fields of an episode form and the line that lists an episode, the same on the Log page, a day's page, the
/// edit page and Today. `prefix` keeps ids apart when two forms share a page.
enum EpisodeFields {
    static func site(selected: String?, prefix: String = "", failed: FormState?) -> HTML {
        Pages.select(
            "site",
            id: "\(prefix)site",
            label: "Where",
            options: BodySite.allCases.map { ($0.rawValue, TodayPage.label($0)) },
            selected: selected,
            failed: failed
        )
    }

    static func kind(selected: EpisodeKind, failed: FormState?) -> HTML {
        let kind = failed?.value(for: "kind", default: selected.rawValue) ?? selected.rawValue
        return "<fieldset\(Pages.describedBy(nil, failed))><legend>What it was</legend>"
            + EpisodeKind.allCases.map { option in
                "<label class=\"choice\"><input type=\"radio\" name=\"kind\" value=\"\(option.rawValue)\"\(option.rawValue == kind ? " checked" : "")><span>\(option.rawValue.prefix(1).uppercased() + option.rawValue.dropFirst())</span></label>"
            }.joined() + "</fieldset>"
    }

    /// Intensity, how long, and pain, each optional.
    static func details(_ episode: Episode?, prefix: String = "", durationHint: String = "For example 30s, 2m or 1h 30m.", failed: FormState?) -> HTML
    {
        Pages.field(
            "intensity",
            id: "\(prefix)intensity",
            label: "Intensity (optional)",
            hint: "1 (barely) to 10 (strongest)",
            type: "number",
            value: episode?.intensity.map(String.init) ?? "",
            attributes: "min=\"1\" max=\"10\" inputmode=\"numeric\"",
            failed: failed
        )
            + Pages.field(
                "duration",
                id: "\(prefix)duration",
                label: "How long (optional)",
                hint: durationHint,
                value: episode?.durationSeconds.map { DurationText.format(seconds: $0) } ?? "",
                attributes: "maxlength=\"20\" autocomplete=\"off\"",
                failed: failed
            )
            + Pages.field(
                "pain",
                id: "\(prefix)pain",
                label: "Pain (optional)",
                hint: "0 (none) to 10 (worst)",
                type: "number",
                value: episode?.pain.map(String.init) ?? "",
                attributes: "min=\"0\" max=\"10\" inputmode=\"numeric\"",
                failed: failed
            )
    }

    /// "21:15 · cramp · right calf · intensity 6 · 2 min", with a link to change it.
    static func line(_ stored: StoredEpisode) -> HTML {
        let episode = stored.episode
        var line = "\(episode.startedAt.clockText) · \(episode.kind.rawValue) · \(episode.site.displayName)"
        if let intensity = episode.intensity { line += " · intensity \(intensity)" }
        if let seconds = episode.durationSeconds { line += " · \(DurationText.format(seconds: seconds))" }
        return
            "<span>\(line)</span> <a href=\"/episodes/\(stored.id.rawValue)/edit\" aria-label=\"Change the \(episode.kind.rawValue) at \(episode.startedAt.clockText)\">Change</a>"
    }
}
