import Foundation
import Hummingbird
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessIO
import TwitchlessTestSupport
import ZIPFoundation

/// The backup and "all my data" downloads, and restoring a backup through the Import page.
@Suite("Backup downloads and restore upload", .timeLimit(.minutes(5)))
struct BackupPagesTests {
    /// 2026-11-24 18:00 UTC.
    static let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_795_543_200))

    static func upload(csrf: String?, file: String, boundary: String = "XyZ-boundary") -> (body: String, contentType: String) {
        var body = ""
        if let csrf { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n" }
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"export\"; filename=\"mine.twitchless-backup\"\r\nContent-Type: application/octet-stream\r\n\r\n\(file)\r\n"
        body += "--\(boundary)--\r\n"
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    @Test(
        "All my data is one zip with the backup, CSV files, FHIR bundle and report; the backup restores into a new person, not a full one",
        arguments: TestStores.Engine.allCases
    )
    func downloadAndRestore(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            #expect(
                try await browser.request(.post, "/api/v1/episodes", json: #"{"site": "face", "note": "after coffee"}"#, headers: .bearer(token))
                    .status == .created
            )
            #expect(
                try await browser.request(.put, "/api/v1/days/2026-11-23", json: #"{"stress": 6, "sleep_hours": 5.5}"#, headers: .bearer(token))
                    .status == .ok
            )
            let page = try await browser.request(.get, "/import")
            #expect(page.body.contains("href=\"/export/all.zip\"") && page.body.contains("A Twitchless backup"))

            let backup = try await browser.request(.get, "/export/backup")
            #expect(backup.status == .ok && backup.headers[.cacheControl] == "no-store")
            #expect(backup.headers[.contentDisposition] == "attachment; filename=\"twitchless-2026-11-24.twitchless-backup\"")
            #expect(backup.body.hasPrefix("{\"format\":\"twitchless-backup\",\"version\":1}\n"))
            let api = try await browser.request(.get, "/api/v1/backup", headers: .bearer(token))
            #expect(api.bytes == backup.bytes)

            let all = try await browser.request(.get, "/export/all.zip")
            #expect(all.status == .ok && all.headers[.contentType] == "application/zip")
            let archive = try Archive(data: all.bytes, accessMode: .read)
            var files: [String: Data] = [:]
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                files[entry.path] = data
            }
            #expect(
                Set(files.keys) == [
                    "README.txt", "twitchless-2026-11-24.twitchless-backup", "days.csv", "episodes.csv", "twitchless-fhir-2026-11-24.json",
                    "twitchless-report-2026-11-24.html",
                ]
            )
            #expect(files["twitchless-2026-11-24.twitchless-backup"] == backup.bytes)
            #expect(String(decoding: files["episodes.csv"] ?? Data(), as: UTF8.self).contains("after coffee"))
            #expect(String(decoding: files["twitchless-report-2026-11-24.html"] ?? Data(), as: UTF8.self).contains("<svg"))

            // Into the same, full account: refused, and nothing changed.
            let full = try await browser.request(.post, "/import", raw: Self.upload(csrf: page.csrf, file: backup.body))
            #expect(full.status == .conflict && full.body.contains("already holds data"), "\(full.body)")
            // A second person on another server restores it.
            let elsewhere = try await ServerHarness.make(engine, clock: Self.clock)
            try await elsewhere.run { other in
                _ = try await other.setUp(email: "moved@example.org")
                let form = try await other.request(.get, "/import")
                let restored = try await other.request(.post, "/import", raw: Self.upload(csrf: form.csrf, file: backup.body))
                #expect(restored.status == .ok && restored.body.contains("Restored 1 episode, 1 day of check-ins"), "\(restored.body)")
                #expect(try await other.request(.get, "/export/backup").bytes == backup.bytes)
                let damaged = backup.body.replacingOccurrences(of: "after coffee", with: "after tea")
                let refused = try await other.request(.post, "/import", raw: Self.upload(csrf: form.csrf, file: damaged))
                #expect(refused.status == .unprocessableContent && refused.body.contains("changed or damaged"))
            }
            #expect(try await browser.request(.get, "/export/backup").bytes == backup.bytes)
            let stranger = browser.fresh()
            #expect(try await stranger.request(.get, "/export/all.zip").status != .ok)
        }
    }
}
