import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Changing and resetting passwords, signing out elsewhere, and who may invite.
@Suite("Passwords, sessions and admins", .timeLimit(.minutes(10)))
struct PasswordTests {
    static let password = "a long enough password"

    static func signIn(_ browser: Browser, email: String = "owner@example.org", password: String = password) async throws -> Browser.Page {
        let page = try await browser.request(.get, "/login")
        return try await browser.request(.post, "/login", form: ["csrf": page.csrf ?? "", "email": email, "password": password])
    }

    static func message(_ page: Browser.Page) -> String {
        page.body.range(of: "role=\"status\">").map { String(page.body[$0.upperBound...].prefix { $0 != "<" }) } ?? ""
    }

    @Test(
        "A new password needs the current one; it ends every other session, keeps this browser signed in, and the old one stops working",
        arguments: TestStores.Engine.allCases
    )
    func change(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let laptop = owner.fresh()
            #expect(try await Self.signIn(laptop).status == .found)
            let settings = try await owner.request(.get, "/settings")
            #expect(settings.body.contains("You are also signed in on 1 other device."))
            let wrong = try await owner.request(
                .post,
                "/settings/password",
                form: ["csrf": settings.csrf ?? "", "current_password": "not the password", "new_password": "a brand new password"]
            )
            #expect(wrong.status == .unprocessableContent && wrong.body.contains("current password isn&#39;t right"), "\(wrong.status)")
            #expect(!wrong.body.contains("not the password") && !wrong.body.contains("a brand new password"))
            #expect(try await laptop.request(.get, "/").status == .ok)
            let changed = try await owner.request(
                .post,
                "/settings/password",
                form: ["csrf": settings.csrf ?? "", "current_password": Self.password, "new_password": "a brand new password"]
            )
            #expect(changed.status == .found && changed.location == "/settings?password=changed#account")
            let after = try await owner.request(.get, "/settings?password=changed")
            #expect(after.status == .ok && Self.message(after).contains("Your password is changed"))
            #expect(after.body.contains("You are signed in on this device only."))
            #expect(try await laptop.request(.get, "/").location == "/login")
            #expect(try await Self.signIn(owner.fresh()).status == .unauthorized)
            #expect(try await Self.signIn(owner.fresh(), password: "a brand new password").status == .found)
        }
    }

    @Test("Sign out everywhere else ends the other sessions and keeps this one", arguments: TestStores.Engine.allCases)
    func signOutElsewhere(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let phone = owner.fresh()
            let tablet = owner.fresh()
            _ = try await Self.signIn(phone)
            _ = try await Self.signIn(tablet)
            let settings = try await owner.request(.get, "/settings")
            #expect(settings.body.contains("You are also signed in on 2 other devices."))
            let ended = try await owner.request(.post, "/settings/sessions/end", form: ["csrf": settings.csrf ?? ""])
            #expect(ended.location == "/settings?signed_out=2#account")
            #expect(Self.message(try await owner.request(.get, ended.location ?? "")) == "Signed out on 2 other devices.")
            #expect(try await phone.request(.get, "/").location == "/login")
            #expect(try await tablet.request(.get, "/").location == "/login")
            #expect(try await owner.request(.get, "/").status == .ok)
        }
    }

    @Test(
        "Without email, the owner makes a one-time reset link; it sets a new password once, signs out the person's devices, then says it was used",
        arguments: TestStores.Engine.allCases
    )
    func ownerResetLink(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let other = try await EditingPagesTests.secondPerson(owner)
            let forgot = try await owner.fresh().request(.get, "/reset")
            #expect(forgot.body.contains("ask whoever runs Twitchless here"))
            let settings = try await owner.request(.get, "/settings")
            #expect(settings.body.contains("Other <span class=\"muted\">other@example.org</span>"))
            let id = try #require(settings.body.range(of: "/settings/people/").map { String(settings.body[$0.upperBound...].prefix { $0 != "/" }) })
            let made = try await owner.request(.post, "/settings/people/\(id)/reset", form: ["csrf": settings.csrf ?? ""])
            let link = try #require(made.body.range(of: "/reset/").map { "/reset/" + String(made.body[$0.upperBound...].prefix { $0 != "<" }) })
            let device = owner.fresh()
            let page = try await device.request(.get, link)
            #expect(page.status == .ok && page.body.contains("For Other (other@example.org)"))
            let short = try await device.request(.post, link, form: ["csrf": page.csrf ?? "", "password": "short"])
            #expect(short.status == .unprocessableContent)
            let saved = try await device.request(.post, link, form: ["csrf": short.csrf ?? "", "password": "their new long password"])
            #expect(saved.status == .found && saved.location == "/settings?password=reset#account")
            #expect(try await device.request(.get, "/").status == .ok)
            #expect(try await other.request(.get, "/").location == "/login")
            let again = try await owner.fresh().request(.get, link)
            #expect(again.status == .notFound && again.body.contains("expired or was already used"))
            #expect(try await Self.signIn(owner.fresh(), email: "other@example.org", password: "their new long password").status == .found)
            // Someone who isn't an admin can't make reset links.
            let theirSettings = try await other.fresh().request(.get, "/settings")
            #expect(theirSettings.status != .ok || !theirSettings.body.contains("/settings/people/"))
        }
    }

    @Test("By email when the server sends it: the same answer whether or not the email has an account, and the link arrives")
    func emailedReset() async throws {
        try Prerequisite.require(SMTPSink.isAvailable, "aiosmtpd")
        let sink = try SMTPSink()
        defer { sink.stop() }
        let mail = MailSettings(host: "127.0.0.1", port: sink.port, usesTLS: false, username: nil, password: nil, from: "Twitchless <t@example.org>")
        let harness = try await ServerHarness.make(.sqlite, settings: ServerSettings(bcryptCost: 4, mail: mail))
        try await harness.run { owner in
            _ = try await owner.setUp()
            var answers: [String] = []
            for email in ["owner@example.org", "nobody@example.org"] {
                let stranger = owner.fresh()
                let page = try await stranger.request(.get, "/reset")
                let sent = try await stranger.request(.post, "/reset", form: ["csrf": page.csrf ?? "", "email": email])
                #expect(sent.status == .ok)
                answers.append(Self.message(sent))
            }
            #expect(answers[0] == answers[1] && answers[0].contains("If there is an account for that email"))
            var messages: [String] = []
            for _ in 0..<100 where messages.isEmpty {
                try await Task.sleep(for: .milliseconds(50))
                messages = sink.messages()
            }
            #expect(messages.count == 1 && messages.first?.contains("To-envelope: owner@example.org") == true)
            let body = messages.first?.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "") ?? ""
            let path = try #require(body.range(of: "/reset/").map { "/reset/" + String(body[$0.upperBound...].prefix { !$0.isWhitespace }) })
            let device = owner.fresh()
            let page = try await device.request(.get, path)
            #expect(page.status == .ok && page.body.contains("Choose a new password"), "\(path)")
        }
    }

    @Test("Only the owner and admins invite; the owner makes someone an admin, who then can")
    func onlyAdminsInvite() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let other = try await EditingPagesTests.secondPerson(owner)
            let theirs = try await other.request(.get, "/settings")
            #expect(!theirs.body.contains("Create an invitation link") && !theirs.body.contains("id=\"people\""))
            let refused = try await other.request(.post, "/settings/invitations", form: ["csrf": theirs.csrf ?? ""])
            #expect(refused.status == .forbidden && refused.body.contains("Only the owner, or people the owner makes admins, can invite people."))
            let made = try await other.request(.post, "/settings/people/x/admin", form: ["csrf": theirs.csrf ?? "", "admin": "yes"])
            #expect(made.status == .forbidden)
            let settings = try await owner.request(.get, "/settings")
            let id = try #require(settings.body.range(of: "/settings/people/").map { String(settings.body[$0.upperBound...].prefix { $0 != "/" }) })
            _ = try await owner.request(.post, "/settings/people/\(id)/admin", form: ["csrf": settings.csrf ?? "", "admin": "yes"])
            let now = try await other.request(.get, "/settings")
            #expect(now.body.contains("Create an invitation link"))
            #expect(try await other.request(.post, "/settings/invitations", form: ["csrf": now.csrf ?? ""]).body.contains("/join/"))
        }
    }
}
