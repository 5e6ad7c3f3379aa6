import ArgumentParser
import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessReference
import TwitchlessStore

struct ImportAppleHealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apple-health",
        abstract: "Import sleep, caffeine, water, magnesium, alcohol, relaxation and workouts from Apple Health.",
        discussion: """
            Give the export.zip the Health app makes (tap your picture, then Export All Health Data), or the \
            export.xml inside it. The file is read as a stream, so exports of several gigabytes are fine.

            What comes in, per local day:
              sleep            the time asleep in the night ending that morning (18:00 to 18:00), every source \
            merged: watch stages, phone and sleep apps count once; time in bed alone is not sleep
              caffeine, water, alcohol, magnesium   summed per day, in mg, litres and drinks
              relaxation       mindful minutes, sessions merged
              exercise         workout minutes, overlapping workouts merged

            Records nested in correlations and exact duplicates count once. A record's day comes from its own \
            time zone when it has one, else from your profile's zone. Records dated in the future are left out. \
            Everything else in the export (heart rate, steps and the like) is skipped.

            Your own entries always win: imported values only fill in what you haven't logged, and imported days \
            are not marked as checked in, so days without your check-in don't count in the trigger analysis. \
            Imported magnesium is asked about once: did it come from food or from supplements?

            The import is all or nothing: a damaged or cut-off file stores nothing. Importing the same export \
            again adds nothing, and importing a newer export that contains an older one gives the same as \
            importing the newer one alone: within the dates an export covers, its values replace those of earlier imports.

            A record whose unit can't be converted stops the import (nothing is stored) rather than being guessed; \
            --skip-unknown-units imports the rest and leaves those records out.

            --json prints {file, entry, bytes, seconds, export_date, types: [{type, records, used, duplicates, \
            future, invalid, implausible_days, first, last, days}], other_records, correlation_copies, \
            not_asleep_records, unknown_units: {"kind unit": count}, magnesium_origin (food, supplement or null), \
            magnesium_skipped (bool), stored: {added, changed, unchanged, removed}}. first and last are the first \
            and last day with a value (for sleep, the morning the night ended).

            Examples:
              twitchless import apple-health ~/Downloads/export.zip
              twitchless import apple-health export.xml --magnesium-from food
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The export.zip from the Health app, or the export.xml inside it.", valueName: "export"))
    var path: String

    @Flag(
        name: .customLong("skip-unknown-units"),
        help: "Import the rest when some records have a unit Twitchless can't convert (they are left out)."
    )
    var skipUnknownUnits = false

    @Option(
        name: .customLong("magnesium-from"),
        help: ArgumentHelp(
            "Where Apple Health's magnesium came from: food or supplement. Asked once and remembered.",
            valueName: "food|supplement"
        )
    )
    var magnesiumFrom: String?

    func validate() throws {
        if let magnesiumFrom, MagnesiumOrigin(rawValue: magnesiumFrom.lowercased()) == nil {
            throw ValidationError("--magnesium-from takes food or supplement, not \"\(magnesiumFrom)\".")
        }
    }

    func run() async throws {
        try await reportingErrors {
            try await withContext(global) { context in
                let started = ContinuousClock.now
                let bar = ProgressBar(isEnabled: !output.json && Terminal.current.isInteractive, name: (path as NSString).lastPathComponent)
                let request = AppleHealthImporting.Request(
                    path: path,
                    magnesiumFrom: magnesiumFrom.flatMap { MagnesiumOrigin(rawValue: $0.lowercased()) },
                    skipUnknownUnits: skipUnknownUnits
                )
                let reading = try AppleHealthImporting.read(request, context: context) { done, total in bar.update(done: done, total: total) }
                bar.finish()
                let seconds = (ContinuousClock.now - started).seconds
                var origin = request.magnesiumFrom
                if origin == nil, (reading.tallies[.magnesium]?.days ?? 0) > 0, !output.json, Terminal.current.isInteractive,
                    try await AppleHealthImporting.storedOrigin(context: context) == nil
                {
                    origin = Self.askMagnesiumOrigin()
                }
                let outcome = try await AppleHealthImporting.store(reading, magnesiumFrom: origin, context: context)
                let summary = AppleHealthSummary(
                    file: path,
                    reading: reading,
                    seconds: seconds,
                    origin: outcome.origin,
                    magnesiumSkipped: outcome.magnesiumSkipped,
                    changes: outcome.changes
                )
                if output.json { try Output.json(ImportDocument(file: path, seconds: seconds, outcome: outcome)) } else { Output.print(summary.text) }
            }
        }
    }

    /// Asks on the terminal where imported magnesium came from; nil when the answer is neither.
    static func askMagnesiumOrigin() -> MagnesiumOrigin? {
        FileHandle.standardError.write(
            Data(
                """
                Your export has magnesium in it. Did it come from food or from supplements?
                (Many supplement apps record it; food diaries do too.) Type food or supplement: 
                """.utf8
            )
        )
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
        if answer.hasPrefix("f") { return .food }
        if answer.hasPrefix("s") { return .supplement }
        return nil
    }
}
