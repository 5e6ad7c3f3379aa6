import Foundation
import Hummingbird
import NIOCore
import NIOPosix
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessStore

/// What an Apple Health import found and stored, for the Import page and the API.
struct ImportOutcome: Encodable {
    struct TypeCount: Encodable {
        var type: String
        var records: Int
        var days: Int
        @Nullable var first: String?
        @Nullable var last: String?
    }
    var types: [TypeCount]
    var other_records: Int
    var stored: ImportChanges
    @Nullable var magnesium_origin: String?
    var magnesium_skipped: Bool
    var unknown_units: [String: Int]

    /// Reads an uploaded export off the event loop, then stores what it holds for the person.
    static func importFile(_ path: String, origin: MagnesiumOrigin?, context: AppContext) async throws -> ImportOutcome {
        try await store(try await read(path, origin: origin, context: context), origin: origin, context: context)
    }

    /// Reads an uploaded export off the event loop; nothing is stored.
    static func read(_ path: String, origin: MagnesiumOrigin?, context: AppContext) async throws -> AppleHealthImport.Reading {
        let request = AppleHealthImporting.Request(path: path, magnesiumFrom: origin)
        do {
            return try await NIOThreadPool.singleton.runIfActive { try AppleHealthImporting.read(request, context: context) }
        } catch let error as TwitchlessError {
            var error = error
            error.message = error.message.replacingOccurrences(of: (path as NSString).lastPathComponent, with: "The file")
            throw error
        }
    }

    /// Stores what a reading holds for the person.
    static func store(_ reading: AppleHealthImport.Reading, origin: MagnesiumOrigin?, context: AppContext) async throws -> ImportOutcome {
        let outcome = try await AppleHealthImporting.store(reading, magnesiumFrom: origin, context: context)
        let kinds: [HealthSample.Kind] = [.sleep, .caffeine, .water, .alcohol, .magnesium, .mindful, .workout]
        return ImportOutcome(
            types: kinds.map { kind in
                let tally = reading.tallies[kind] ?? HealthDayAggregator.Tally()
                return .init(
                    type: kind.rawValue,
                    records: tally.records,
                    days: tally.days,
                    first: tally.first?.description,
                    last: tally.last?.description
                )
            },
            other_records: reading.otherRecords,
            stored: outcome.changes,
            magnesium_origin: outcome.origin?.rawValue,
            magnesium_skipped: outcome.magnesiumSkipped,
            unknown_units: reading.unknownUnits
        )
    }
}
