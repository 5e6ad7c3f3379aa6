import Foundation
import NIOPosix
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO

/// An uploaded Apple Health export, read off the event loops and stored, for the Import page and the API.
enum UploadImport {
    /// A reading and how long it took.
    struct Reading: Sendable {
        var reading: AppleHealthImport.Reading
        var started: ContinuousClock.Instant
    }

    /// Reads an uploaded export, then stores what it holds for the person.
    static func importFile(_ path: String, origin: MagnesiumOrigin?, context: AppContext) async throws -> ImportDocument {
        try await store(try await read(path, origin: origin, context: context), origin: origin, context: context)
    }

    /// Reads an uploaded export off the event loops; nothing is stored.
    static func read(_ path: String, origin: MagnesiumOrigin?, context: AppContext) async throws -> Reading {
        let started = ContinuousClock.now
        let request = AppleHealthImporting.Request(path: path, magnesiumFrom: origin)
        do {
            let reading = try await NIOThreadPool.singleton.runIfActive { try AppleHealthImporting.read(request, context: context) }
            return Reading(reading: reading, started: started)
        } catch let error as TwitchlessError {
            var error = error
            error.message = error.message.replacingOccurrences(of: (path as NSString).lastPathComponent, with: "The file")
            throw error
        }
    }

    /// Stores what a reading holds for the person.
    static func store(_ reading: Reading, origin: MagnesiumOrigin?, context: AppContext) async throws -> ImportDocument {
        let outcome = try await AppleHealthImporting.store(reading.reading, magnesiumFrom: origin, context: context)
        return ImportDocument(file: nil, seconds: (ContinuousClock.now - reading.started).seconds, outcome: outcome)
    }
}
