import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// A share link opens the doctor report for its period, read-only, for someone without an account, and nothing else.
@Suite("Share links", .timeLimit(.minutes(10)))
struct ShareLinkTests {
    static let now = Date(timeIntervalSince1970: 1_795_543_200)

    /// Makes a link on the Report page; returns its path (`/s/…`) and the page.
    static func share(_ owner: Browser, fields: [String: String] = [:]) async throws -> (path: String?, page: Browser.Page) {
        let report = try await owner.request(.get, "/report")
        var form = ["csrf": report.csrf ?? "", "from": "2026-11-01", "to": "2026-11-24", "days": "14"]
        form.merge(fields) { _, new in new }
        let made = try await owner.request(.post, "/report/share", form: form)
        let path = made.body.range(of: "/s/").map { "/s/" + String(made.body[$0.upperBound...].prefix { $0 != "<" }) }
        return (path, made)
    }

    @Test(
        "The link opens the report and its download without an account, counts each opening, opens nothing else, and says so plainly once turned off",
        arguments: TestStores.Engine.allCases
    )
    func openAndRevoke(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: .fixed(Self.now))
        try await harness.run { owner in
            _ = try await owner.setUp()
            _ = try await owner.request(
                .post,
                "/log/episode",
                form: ["site": "eyelid_left", "kind": "twitch", "csrf": try await owner.request(.get, "/").csrf ?? ""]
            )
            let (made, page) = try await Self.share(owner)
            let path = try #require(made, "\(page.body)")
            #expect(page.body.contains("Copy it now: it won't be shown again."))
            let doctor = owner.fresh()
            let opened = try await doctor.request(.get, path)
            #expect(opened.status == .ok && opened.body.contains("Muscle twitching and magnesium: report for 2026-11-01 to 2026-11-24"))
            #expect(opened.headers[ServerHarness.header("Referrer-Policy")] == "no-referrer")
            #expect(opened.body.contains("\(path)/download") && !opened.body.contains("Sign out"))
            let download = try await doctor.request(.get, "\(path)/download")
            #expect(download.status == .ok && download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            // Nothing else opens for the doctor.
            for other in ["/", "/history", "/report", "/settings", "/api/v1/episodes"] {
                let answer = try await doctor.request(.get, other)
                #expect(answer.status == .found || answer.status == .unauthorized, "\(other): \(answer.status)")
            }
            let report = try await owner.request(.get, "/report")
            #expect(report.body.contains("Opened 2 times, last on"), "\(report.body)")
            #expect(report.body.contains("Works until"))
            let id = try #require(report.body.range(of: "/report/share/").map { String(report.body[$0.upperBound...].prefix { $0 != "/" }) })
            _ = try await owner.request(.post, "/report/share/\(id)/revoke", form: ["csrf": report.csrf ?? ""])
            let gone = try await doctor.request(.get, path)
            #expect(gone.status == .notFound && gone.body.contains("This share link has expired or was turned off."))
            #expect(!gone.body.contains("2026-11-01"))
            let unknown = try await doctor.request(.get, "/s/not-a-real-token")
            #expect(unknown.status == .notFound && unknown.body.contains("This share link has expired or was turned off."))
            #expect(try await owner.request(.get, "/report").body.contains("Turned off."))
            // Someone else can't turn off the owner's links.
            let other = try await EditingPagesTests.secondPerson(owner)
            let theirs = try await other.request(.get, "/report")
            #expect(try await other.request(.post, "/report/share/\(id)/revoke", form: ["csrf": theirs.csrf ?? ""]).status == .notFound)
        }
    }

    @Test("A passcode is asked first; 10 wrong ones turn the link off until the person turns it on again", arguments: TestStores.Engine.allCases)
    func passcode(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: .fixed(Self.now))
        try await harness.run { owner in
            _ = try await owner.setUp()
            let path = try #require(try await Self.share(owner, fields: ["passcode": "482913"]).path)
            let doctor = owner.fresh()
            let asked = try await doctor.request(.get, path)
            #expect(asked.status == .ok && asked.body.contains("Passcode") && !asked.body.contains("report for 2026-11-01"))
            #expect(try await doctor.request(.get, "\(path)/download").status == .found)
            for attempt in 1...9 {
                let wrong = try await doctor.request(.post, path, form: ["passcode": "000000"])
                #expect(wrong.status == .unprocessableContent && wrong.body.contains("\(10 - attempt) more tr"), "\(attempt)")
            }
            let tenth = try await doctor.request(.post, path, form: ["passcode": "000000"])
            #expect(tenth.status == .forbidden && tenth.body.contains("turned off after 10 wrong passcodes"))
            #expect(try await doctor.request(.post, path, form: ["passcode": "482913"]).status == .forbidden)
            let report = try await owner.request(.get, "/report")
            #expect(report.body.contains("Turned off after 10 wrong passcodes."))
            let id = try #require(report.body.range(of: "/report/share/").map { String(report.body[$0.upperBound...].prefix { $0 != "/" }) })
            _ = try await owner.request(.post, "/report/share/\(id)/unlock", form: ["csrf": report.csrf ?? ""])
            let right = try await doctor.request(.post, path, form: ["passcode": "482913"])
            #expect(right.status == .ok && right.body.contains("report for 2026-11-01 to 2026-11-24"))
            #expect(try await doctor.request(.get, "\(path)/download").status == .ok)
            #expect(try await doctor.request(.get, path).status == .ok)
        }
    }

    @Test("A link for more than 90 days, a short or lettered passcode, or dates that end before they start are refused, and nothing is made")
    func refused() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: .fixed(Self.now))
        try await harness.run { owner in
            _ = try await owner.setUp()
            for (fields, words) in [
                (["days": "91"], "1 to 90 days, not &quot;91&quot;"), (["passcode": "12345"], "6 to 20 digits"),
                (["passcode": "12ab56"], "6 to 20 digits"), (["from": "2026-11-24", "to": "2026-11-01"], "before it starts"),
            ] {
                let (path, page) = try await Self.share(owner, fields: fields)
                #expect(path == nil && page.status == .unprocessableContent, "\(fields)")
                #expect(page.body.contains(words), "\(fields): \(page.body)")
                #expect(!page.body.contains("12ab56") && !page.body.contains("12345\""))
            }
            #expect(try await owner.request(.get, "/report").body.contains("No share links yet."))
        }
    }

    @Test("After its days the link has expired: it says so as a turned-off one does, and the Report page says when")
    func expires() async throws {
        let location = try await TestStores.freshLocation(.sqlite)
        let first = ServerHarness(
            store: try await TwitchlessStore.open(location, clock: .fixed(Self.now)),
            settings: ServerSettings(bcryptCost: 4)
        )
        let made = ShareLinkPath()
        try await first.run { owner in
            _ = try await owner.setUp()
            made.path = try await Self.share(owner, fields: ["days": "1"]).path
            #expect(try await owner.fresh().request(.get, made.path ?? "").status == .ok)
        }
        let later = ServerHarness(
            store: try await TwitchlessStore.open(location, clock: .fixed(Self.now.addingTimeInterval(86_400))),
            settings: ServerSettings(bcryptCost: 4)
        )
        try await later.run { browser in
            let gone = try await browser.request(.get, made.path ?? "")
            #expect(gone.status == .notFound && gone.body.contains("This share link has expired or was turned off."))
            #expect(try await PasswordTests.signIn(browser).status == .found)
            #expect(try await browser.request(.get, "/report").body.contains("Expired on 25 November 2026"))
        }
    }
}

/// The path a test's first server made, for the second.
final class ShareLinkPath: @unchecked Sendable {
    var path: String?
}
