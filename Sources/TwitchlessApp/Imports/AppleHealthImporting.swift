import Foundation
package import TwitchlessCore
package import TwitchlessIO
package import TwitchlessStore

/// Importing an Apple Health export (the zip or the XML in it): one action for the command line, the web upload
/// and the API. The file is read as a stream; what it holds is stored in one transaction, all or nothing.
package enum AppleHealthImporting {
    package struct Request: Sendable {
        package var path: String
        /// Where the export's magnesium came from, when the person says; else the answer they gave before.
        package var magnesiumFrom: MagnesiumOrigin?
        /// Import the rest when some records have a unit that can't be converted (they are left out).
        package var skipUnknownUnits: Bool

        package init(path: String, magnesiumFrom: MagnesiumOrigin? = nil, skipUnknownUnits: Bool = false) {
            self.path = path
            self.magnesiumFrom = magnesiumFrom
            self.skipUnknownUnits = skipUnknownUnits
        }
    }

    package struct Outcome: Sendable {
        package var reading: AppleHealthImport.Reading
        package var origin: MagnesiumOrigin?
        /// The export had magnesium, but no one said where it came from, so it was left out.
        package var magnesiumSkipped: Bool
        package var changes: ImportChanges
    }

    /// Reads the export as a stream. It blocks while it reads, so a server runs it off its event loops.
    /// - Throws: `invalidInput` for a file that isn't an export, is damaged, or has units that can't be converted
    ///   (unless they are to be skipped); nothing is stored.
    package static func read(
        _ request: Request,
        context: AppContext,
        progress: (Int64, Int64) -> Void = { _, _ in }
    ) throws(TwitchlessError) -> AppleHealthImport.Reading {
        let reading = try AppleHealthImport.read(
            path: request.path,
            clock: context.clock,
            now: Int64(context.now.timeIntervalSince1970),
            progress: progress
        )
        if !reading.unknownUnits.isEmpty, !request.skipUnknownUnits {
            let list = reading.unknownUnits.sorted { $0.key < $1.key }.map { unit, count in
                let parts = unit.split(separator: " ", maxSplits: 1).map(String.init)
                return "\(count) \(parts[0]) record\(count == 1 ? "" : "s") in \"\(parts.count > 1 ? parts[1] : "")\""
            }
            throw .invalidInput(
                "Some records have a unit Twitchless can't convert, so it won't guess: \(list.joined(separator: "; ")).",
                fix: "Nothing was imported.",
                next: .importSkippingUnknownUnits
            )
        }
        return reading
    }

    /// Where imported magnesium came from, as the person said before; nil when they haven't.
    package static func storedOrigin(context: AppContext) async throws(TwitchlessError) -> MagnesiumOrigin? {
        try await context.read { try await $0.healthMagnesiumOrigin() }
    }

    /// Stores what a reading holds, per local day: the person's own entries first, imported days never marked as
    /// checked in; within the dates the export covers its values replace earlier imports.
    /// - Parameter given: where the magnesium came from, when the person said just now; else the answer stored before.
    package static func store(
        _ reading: AppleHealthImport.Reading,
        magnesiumFrom given: MagnesiumOrigin?,
        context: AppContext
    ) async throws(TwitchlessError) -> Outcome {
        let hasMagnesium = (reading.tallies[.magnesium]?.days ?? 0) > 0
        let (origin, changes) = try await context.write { session -> (MagnesiumOrigin?, ImportChanges) in
            let stored = try await session.healthMagnesiumOrigin()
            let origin = given ?? stored
            if let origin, origin != stored { try await session.saveHealthMagnesiumOrigin(origin) }
            let days = HealthDayAggregator.importedDays(reading.days, magnesium: origin)
            return (origin, try await session.replaceImportedDays(days, source: .appleHealth))
        }
        return Outcome(reading: reading, origin: origin, magnesiumSkipped: hasMagnesium && origin == nil, changes: changes)
    }
}
