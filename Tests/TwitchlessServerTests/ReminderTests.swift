import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Reminders set in Settings and sent by email to a local SMTP server: once, whatever the number of servers; a mail
/// server that is down leaves the failure in Settings and the reminder is tried again.
@Suite("Reminders by email", .timeLimit(.minutes(5)))
struct ReminderTests {
    static let now = Date(timeIntervalSince1970: 1_795_543_200)  // 2026-11-24 18:00 UTC

    static func at(_ minutes: Double) -> Date { now.addingTimeInterval(minutes * 60) }

    @Test("Saved in Settings, refused in words when a time, quiet hours or the address is wrong", arguments: TestStores.Engine.allCases)
    func settings(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: .fixed(Self.now))
        try await harness.run { browser in
            _ = try await browser.setUp()
            let page = try await browser.request(.get, "/settings")
            #expect(page.body.contains("<h2 id=\"reminders\">Reminders</h2>"))
            #expect(page.body.contains("This server is not set up to send email"))
            let csrf = page.csrf ?? ""
            for (form, message) in [
                (["check_in_at": "25:99"], "is not a time of day"), (["quiet_start": "22:00"], "Quiet hours need a start and an end"),
                (["email": "sam at home"], "is not an email address"),
            ] {
                let refused = try await browser.request(.post, "/settings/reminders", form: form.merging(["csrf": csrf]) { a, _ in a })
                #expect(refused.status == .unprocessableContent && refused.body.contains(message), "\(form)")
            }
            let saved = try await browser.request(
                .post,
                "/settings/reminders",
                form: ["csrf": csrf, "check_in_at": "9pm", "quiet_start": "22:00", "quiet_end": "07:00", "email": "sam@example.org"]
            )
            #expect(saved.status == .found && saved.location == "/settings?reminders=saved#reminders")
            let shown = try await browser.request(.get, "/settings?reminders=saved")
            #expect(shown.body.contains("Your reminders are saved."))
            #expect(shown.body.contains("name=\"check_in_at\" type=\"time\" value=\"21:00\""))
            #expect(shown.body.contains("name=\"quiet_start\" type=\"time\" value=\"22:00\""))
            #expect(shown.body.contains("value=\"sam@example.org\""))
        }
    }

    @Test(
        "An email goes out once at its time, from however many servers; a mail server that is down is said in Settings and tried again",
        arguments: TestStores.Engine.allCases
    )
    func email(engine: TestStores.Engine) async throws {
        try Prerequisite.require(SMTPSink.isAvailable, "aiosmtpd")
        let sink = try SMTPSink()
        defer { sink.stop() }
        let harness = try await ServerHarness.make(engine, clock: .fixed(Self.now))
        let store = harness.store
        let keys = PushKeys(store: store, contact: "mailto:tests@example.org")
        let mail = MailSettings(
            host: "127.0.0.1",
            port: sink.port,
            usesTLS: false,
            username: nil,
            password: nil,
            from: "Twitchless <reminders@example.org>"
        )
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            _ = try await browser.request(.put, "/api/v1/profile", json: #"{"time_zone": "UTC"}"#, headers: .bearer(token))
            let page = try await browser.request(.get, "/settings")
            _ = try await browser.request(
                .post,
                "/settings/reminders",
                form: ["csrf": page.csrf ?? "", "check_in_at": "17:30", "email": "sam@example.org"]
            )
            // Before its time nothing goes; at 18:00 one email; again, and from a second server, nothing more.
            let first = ReminderDispatcher(store: store, mail: mail, push: keys, serverID: "first")
            let second = ReminderDispatcher(store: store, mail: mail, push: keys, serverID: "second")
            #expect(await first.runOnce(now: Self.at(-31)) == 0)
            async let one = first.runOnce(now: Self.now)
            async let two = second.runOnce(now: Self.now)
            #expect(await one + two == 1)
            #expect(await first.runOnce(now: Self.at(1)) == 0)
            #expect(await second.runOnce(now: Self.at(2)) == 0)
            let messages = sink.messages()
            #expect(messages.count == 1)
            let message = try #require(messages.first)
            #expect(message.contains("To-envelope: sam@example.org") && message.contains("Subject: Time for your check-in"))
            #expect(message.contains("From: Twitchless <reminders@example.org>") && message.contains("Auto-Submitted: auto-generated"))
            #expect(!message.lowercased().contains("magnesium") && !message.lowercased().contains("episode"))
            let settings = try await browser.request(.get, "/settings")
            #expect(settings.body.contains("Check-in reminder, today: sent by email to sam@example.org"), "\(settings.body)")

            // A second person whose reminder meets a mail server that is down.
            let other = try await EditingPagesTests.secondPerson(browser)
            let otherToken = try await other.makeToken()
            _ = try await other.request(.put, "/api/v1/profile", json: #"{"time_zone": "UTC"}"#, headers: .bearer(otherToken))
            let otherPage = try await other.request(.get, "/settings")
            _ = try await other.request(
                .post,
                "/settings/reminders",
                form: ["csrf": otherPage.csrf ?? "", "check_in_at": "17:45", "email": "other@example.org"]
            )
            var down = mail
            down.port = try Self.closedPort()
            #expect(await ReminderDispatcher(store: store, mail: down, push: keys, serverID: "down").runOnce(now: Self.now) == 0)
            let failed = try await other.request(.get, "/settings")
            #expect(failed.status == .ok)
            #expect(failed.body.contains("Check-in reminder, today: not sent yet by email to other@example.org: Email could not be sent"))
            #expect(failed.body.contains("It is tried again at 18:05."), "\(failed.body)")
            // Not before its retry time; then once.
            #expect(await first.runOnce(now: Self.at(4)) == 0)
            #expect(await first.runOnce(now: Self.at(6)) == 1)
            #expect(sink.messages().count == 2 && sink.messages()[1].contains("To-envelope: other@example.org"))
            #expect(try await other.request(.get, "/settings").body.contains("sent by email to other@example.org"))
            // The first person's settings show only their own reminders.
            #expect(!(try await browser.request(.get, "/settings").body.contains("by email to other@example.org")))
        }
    }

    /// A loopback port nothing listens on.
    static func closedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
