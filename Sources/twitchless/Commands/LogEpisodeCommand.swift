import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

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

    @Option(
        name: .customLong("intensity"),
        parsing: .unconditional,
        help: ArgumentHelp("How strong, from 1 (barely) to 10 (strongest).", valueName: "1-10")
    )
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

    func run() async throws {
        try await reportingErrors {
            let request = EpisodeLogging.Request(
                site: site,
                kind: kind,
                at: at,
                intensity: try InputText.scale(intensityText, "Intensity", 1...10, "1 (barely) to 10 (strongest)"),
                durationSeconds: try duration.map { text throws(TwitchlessError) in try DurationText.parseSeconds(text) },
                pain: try InputText.scale(painText, "Pain", 0...10, "0 (none) to 10 (worst)"),
                note: note,
                since: since
            )
            try await withContext(global) { context in
                let outcome = try await EpisodeLogging.log(request, context: context)
                for notice in outcome.notices where notice.severity == .emergency { Output.print(NoticeLines.render(notice) + "\n") }
                Output.print(outcome.message)
                guard outcome.isAdded else { return }
                if let region = outcome.firstInRegion {
                    Output.print(
                        Output.wrap("If twitching in \(region) began before today, you can say when: add --since DATE the next time you log it.")
                    )
                }
                if !outcome.isDayTracked {
                    Output.print(
                        Output.wrap(
                            "Tip: `twitchless log day` records that you checked in on \(outcome.stored.episode.localDate), so days with no twitches count too."
                        )
                    )
                }
                for notice in outcome.notices where notice.severity != .emergency { Output.print("\n" + NoticeLines.render(notice)) }
            }
        }
    }
}
