import TwitchlessApp
import TwitchlessReference
import TwitchlessStore
import ArgumentParser
import TwitchlessCore

struct LogEpisodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "episode",
        abstract: "Log a twitch, spasm or cramp.",
        discussion: """
            Body sites: eyelid_left, eyelid_right, face, arm, hand, trunk, thigh, calf_left, calf_right, foot, other.

            Examples:
              twitchless log episode eyelid_left
              twitchless log episode calf_right --kind cramp --intensity 6 --duration 2m --pain 4
              twitchless log episode face --at "yesterday 21:15" --note "after a long screen day"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Where you felt it (see the list above).", valueName: "site"))
    var site: String

    @Option(help: ArgumentHelp("twitch, spasm or cramp.", valueName: "kind"))
    var kind: String = "twitch"

    @Option(name: .customLong("intensity"), parsing: .unconditional, help: ArgumentHelp("How strong, from 1 (barely) to 10 (strongest).", valueName: "1-10"))
    var intensityText: String?

    @Option(help: ArgumentHelp("How long it lasted: 30s, 5m, 1h30m or 1:30.", valueName: "duration"))
    var duration: String?

    @Option(name: .customLong("pain"), parsing: .unconditional, help: ArgumentHelp("Pain, from 0 (none) to 10 (worst).", valueName: "0-10"))
    var painText: String?

    @Option(help: ArgumentHelp("A short note.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("When it started (default: now).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("The day twitching in this part of the body first began, if before your first log of it.", valueName: "date"))
    var since: String?

    /// Reads a whole number on a scale, explaining the scale when it isn't one.
    static func scale(_ text: String?, _ name: String, _ range: ClosedRange<Int>, _ hint: String) throws(TwitchlessError) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text.trimmingWhitespace()) else {
            throw TwitchlessError.invalidInput("\(name) \"\(text)\" isn't a whole number.", fix: "Please use a whole number from \(hint).")
        }
        guard range.contains(value) else {
            throw TwitchlessError.invalidInput("\(name) \(value) is outside the scale.", fix: "Please use a number from \(hint).")
        }
        return value
    }

    func run() async throws {
        try await reportingErrors {
            let intensity = try Self.scale(intensityText, "Intensity", 1...10, "1 (barely) to 10 (strongest)")
            let pain = try Self.scale(painText, "Pain", 0...10, "0 (none) to 10 (worst)")
            let bodySite = try BodySite(parsing: site)
            let episodeKind = try EpisodeKind(parsing: kind)
            let seconds = try duration.map { text throws(TwitchlessError) in try DurationText.parseSeconds(text) }
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let startedAt = try FriendlyTime.parse(at ?? "now", now: context.now, clock: context.clock)
            let episode = Episode(startedAt: startedAt, site: bodySite, kind: episodeKind, intensity: intensity,
                                  durationSeconds: seconds, pain: pain, note: try NoteText.clean(note))
            try episode.validate()
            let sinceDate = try since.map { text throws(TwitchlessError) in try FriendlyTime.parseDate(text, today: context.today) }
            if let sinceDate, sinceDate > startedAt.localDate {
                throw TwitchlessError.invalidInput("--since \(sinceDate) is after this episode (\(startedAt.localDate)).", fix: "Give the day the twitching first began.")
            }
            let regions = try context.reference.regions()
            let region = regions[bodySite]
            let flagsBefore = try await SafetyReview.activeRedFlags(context: context)
            let added = try await context.write { session -> Bool in
                if let existing = try await session.episode(matching: episode.key) {
                    guard existing == episode else {
                        throw TwitchlessError(.conflict,
                            "A \(episode.kind.rawValue) in your \(episode.site.displayName) at \(episode.startedAt.clockText) on \(episode.localDate) is already in your log with other details.",
                            fix: "To change it, remove it first (twitchless remove episode \(episode.site.rawValue) --at \"\(episode.localDate) \(episode.startedAt.clockText)\") and log it again.")
                    }
                    return false
                }
                try await session.insertEpisodes([episode])
                if let sinceDate, let region { try await session.saveRegionStart(region: region.key, startedOn: sinceDate) }
                return true
            }
            if !added {
                print("This episode is already in your log, so it wasn't added again.")
                return
            }
            let place = bodySite == .other ? "(site: other)" : "in your \(bodySite.displayName)"
            var line = "Logged a \(episodeKind.rawValue) \(place) at \(startedAt.clockText) on \(startedAt.localDate)"
            var details: [String] = []
            if let intensity { details.append("intensity \(intensity)") }
            if let seconds { details.append(DurationText.format(seconds: seconds)) }
            if let pain { details.append("pain \(pain)") }
            if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
            let raised = try await SafetyReview.newFlags(before: flagsBefore, context: context)
            SafetyReview.report([line + "."], raised: raised.filter { $0.flag.urgency == .emergency })
            if sinceDate == nil, let region, bodySite != .other {
                let earlier = try await context.read { session in
                    try await session.episodes(in: startedAt.localDate.adding(days: -60)...startedAt.localDate)
                        .filter { regions[$0.site]?.key == region.key && $0.kind != .cramp && $0.startedAt < startedAt }
                }
                if earlier.isEmpty, episodeKind != .cramp {
                    print(Output.wrap("If twitching in \(region.label) began before today, you can say when: add --since DATE the next time you log it."))
                }
            }
            let tracked = try await context.read { try await $0.dayLog(on: startedAt.localDate)?.isTracked ?? false }
            if !tracked {
                print(Output.wrap("Tip: `twitchless log day` records that you checked in on \(startedAt.localDate), so days with no twitches count too."))
            }
            for flag in raised where flag.flag.urgency != .emergency { print("\n" + NoticeLines.render(flag.notice())) }
        }
    }
}
