import TwitchlessApp
import TwitchlessReference
import ArgumentParser
import TwitchlessCore
import TwitchlessStore

struct RemoveEpisodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "episode",
        abstract: "Remove an episode logged by mistake.",
        discussion: """
            Examples:
              twitchless remove episode eyelid_left --at 21:15
              twitchless remove episode calf_right --kind cramp --at "2026-11-20 06:40"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The body site of the episode.", valueName: "site"))
    var site: String

    @Option(help: ArgumentHelp("twitch, spasm or cramp, when several episodes share the minute.", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("When it started, to the minute, as shown by `twitchless day`.", valueName: "time"))
    var at: String

    func run() async throws {
        try await reportingErrors {
            let bodySite = try BodySite(parsing: site)
            let episodeKind = try kind.map { text throws(TwitchlessError) in try EpisodeKind(parsing: text) }
            let context = try await AppContext.open(global)
            defer { Task { await context.store.close() } }
            let minute = try RemoveTime.minute(at, context: context)
            let removed = try await context.write { session -> [Episode] in
                let found = try await session.episodes(inMinuteStarting: minute.epochSeconds, site: bodySite, kind: episodeKind)
                let kinds = Set(found.map(\.kind))
                guard kinds.count <= 1 else {
                    throw TwitchlessError.invalidInput(
                        "There are \(found.count) episodes in your \(bodySite.displayName) at \(minute.clockText) on \(minute.localDate).",
                        fix: "Add --kind (\(kinds.map(\.rawValue).sorted().joined(separator: " or "))) to say which one.")
                }
                guard !found.isEmpty else {
                    throw TwitchlessError.notFound(
                        "No episode in your \(bodySite.displayName) started at \(minute.clockText) on \(minute.localDate).",
                        fix: "See that day's episodes with: twitchless day \(minute.localDate)")
                }
                for episode in found { _ = try await session.deleteEpisode(episode.key) }
                return found
            }
            let first = removed[0]
            let what = removed.count == 1 ? "the \(first.kind.rawValue)" : "\(removed.count) \(first.kind == .twitch ? "twitches" : first.kind.rawValue + "s")"
            print("Removed \(what) in your \(first.site.displayName) at \(first.startedAt.clockText) on \(first.localDate).")
        }
    }
}
