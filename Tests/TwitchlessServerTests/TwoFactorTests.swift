import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

@testable import TwitchlessServer

/// Two-step sign-in with an authenticator app (RFC 6238), recovery codes, and its limits.
@Suite("Two-step sign-in", .timeLimit(.minutes(10)))
struct TwoFactorTests {
    static let now: Int64 = 1_795_543_200
    static let clock = WallClock.fixed(Date(timeIntervalSince1970: TimeInterval(now)))
    static var step: Int64 { TwoFactor.step(at: now) }

    @Test("Codes match RFC 6238's SHA-1 test values (their last 6 digits) for its 20-byte key")
    func rfcVectors() {
        let secret = "12345678901234567890"
        for (time, code) in [
            (59, "287082"), (1_111_111_109, "081804"), (1_111_111_111, "050471"), (1_234_567_890, "005924"), (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] as [(Int64, String)] {
            #expect(TwoFactor.code(secret: secret, step: TwoFactor.step(at: time)) == code, "at \(time)")
        }
        #expect(TwoFactor.typedCode("287 082") == "287082" && TwoFactor.typedCode("28708") == nil && TwoFactor.typedCode("２８７０８２") == nil)
        let codes = TwoFactor.newRecoveryCodes()
        #expect(codes.count == 10 && Set(codes).count == 10 && codes.allSatisfy { $0.count == 11 })
        #expect(
            TwoFactor.hash(recoveryCode: codes[0].uppercased().replacingOccurrences(of: "-", with: " ")) == TwoFactor.hash(recoveryCode: codes[0])
        )
    }

    /// The signed-in owner turns two-step sign-in on: the password, the setup page, a first code.
    /// - Returns: the secret and the recovery codes shown.
    static func turnOn(
        _ owner: Browser,
        store: TwitchlessStore,
        email: String = "owner@example.org",
        password: String = PasswordTests.password
    )
        async throws -> (secret: String, codes: [String])
    {
        let settings = try await owner.request(.get, "/settings")
        let started = try await owner.request(.post, "/settings/two-factor/start", form: ["csrf": settings.csrf ?? "", "password": password])
        #expect(started.location == "/settings/two-factor", "\(started.status) \(started.body)")
        let setup = try await owner.request(.get, "/settings/two-factor")
        #expect(setup.status == .ok && setup.body.contains("otpauth://totp/Twitchless:"))
        #expect(setup.body.contains("<svg class=\"qr\"") && setup.body.contains("aria-label=\"QR code for your authenticator app to scan\""))
        let user = try #require(try await store.accountsLookup { try await $0.user(email: email.lowercased()) })
        let secret = try #require(try await store.accountsLookup { try await $0.twoFactor(userID: user.id) })
        #expect(!secret.isOn)
        let on = try await owner.request(
            .post,
            "/settings/two-factor/confirm",
            form: ["csrf": setup.csrf ?? "", "code": TwoFactor.code(secret: secret.secret, step: TwoFactor.step(at: store.clock.epochSeconds) - 1)]
        )
        #expect(on.status == .ok && on.body.contains("Two-step sign-in is on."))
        let codes = on.body.components(separatedBy: "<li><code>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(codes.count == 10)
        return (secret.secret, codes)
    }

    /// A new browser gives the password, and is asked for its code.
    static func password(_ browser: Browser, email: String = "owner@example.org", password: String = PasswordTests.password) async throws {
        let asked = try await PasswordTests.signIn(browser, email: email, password: password)
        #expect(asked.status == .found && asked.location == "/login/code", "\(asked.status) \(asked.location ?? "")")
    }

    static func code(_ browser: Browser, _ code: String) async throws -> Browser.Page {
        let page = try await browser.request(.get, "/login/code")
        return try await browser.request(.post, "/login/code", form: ["csrf": page.csrf ?? "", "code": code])
    }

    @Test(
        "Turned on with the password and a first code; then signing in needs a code from the app, which works once, within a step either side",
        arguments: TestStores.Engine.allCases
    )
    func signIn(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: Self.clock)
        let store = harness.store
        try await harness.run { owner in
            _ = try await owner.setUp()
            // A wrong password starts nothing; a wrong first code leaves it off.
            let settings = try await owner.request(.get, "/settings")
            #expect(settings.body.contains("id=\"two-factor\"") && settings.body.contains("Set up two-step sign-in"))
            let refused = try await owner.request(.post, "/settings/two-factor/start", form: ["csrf": settings.csrf ?? "", "password": "not it"])
            #expect(refused.status == .unprocessableContent && refused.body.contains("password isn&#39;t right"))
            #expect(try await owner.request(.get, "/settings/two-factor").location == "/settings#two-factor")
            _ = try await owner.request(.post, "/settings/two-factor/start", form: ["csrf": settings.csrf ?? "", "password": PasswordTests.password])
            let setup = try await owner.request(.get, "/settings/two-factor")
            let wrong = try await owner.request(.post, "/settings/two-factor/confirm", form: ["csrf": setup.csrf ?? "", "code": "000000"])
            #expect(wrong.status == .unprocessableContent && wrong.body.contains("still off"))
            #expect(try await owner.request(.get, "/settings").body.contains("You started setting it up."))

            let (secret, _) = try await Self.turnOn(owner, store: store)
            let on = try await owner.request(.get, "/settings")
            #expect(on.body.contains("On since 2026-11-24") && on.body.contains("10 recovery codes are left."))

            // The password alone signs nobody in.
            let phone = owner.fresh()
            try await Self.password(phone)
            #expect(try await phone.request(.get, "/").location == "/login")
            let page = try await phone.request(.get, "/login/code")
            #expect(page.status == .ok && page.body.contains("autocomplete=\"one-time-code\""))
            // The first code's step was used to turn it on; two steps away is too far.
            #expect(try await Self.code(phone, TwoFactor.code(secret: secret, step: Self.step - 1)).body.contains("already used"))
            #expect(try await Self.code(phone, TwoFactor.code(secret: secret, step: Self.step + 2)).status == .unauthorized)
            let signed = try await Self.code(phone, TwoFactor.code(secret: secret, step: Self.step))
            #expect(signed.status == .found && signed.location == "/")
            #expect(try await phone.request(.get, "/").status == .ok)
            #expect(phone.cookies[AccountController.pendingCookie] == nil)

            // The same code again, or an earlier one, is refused; the next step's code works.
            let laptop = owner.fresh()
            try await Self.password(laptop)
            let again = try await Self.code(laptop, TwoFactor.code(secret: secret, step: Self.step))
            #expect(again.status == .unauthorized && again.body.contains("already used"))
            #expect(try await Self.code(laptop, TwoFactor.code(secret: secret, step: Self.step + 1)).location == "/")
            // Without a waiting sign-in there is no code page.
            #expect(try await owner.fresh().request(.get, "/login/code").location == "/login")
        }
    }

    @Test(
        "A recovery code signs in once, says how many are left; new ones replace the old; turned off, the password is enough again",
        arguments: TestStores.Engine.allCases
    )
    func recoveryCodes(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: Self.clock)
        let store = harness.store
        try await harness.run { owner in
            _ = try await owner.setUp()
            let (_, codes) = try await Self.turnOn(owner, store: store)
            let phone = owner.fresh()
            try await Self.password(phone)
            let recovered = try await Self.code(phone, codes[3].uppercased())
            #expect(recovered.location == "/settings?recovery_left=9#two-factor")
            #expect(PasswordTests.message(try await phone.request(.get, recovered.location ?? "")).contains("9 are left"))
            let laptop = owner.fresh()
            try await Self.password(laptop)
            #expect(try await Self.code(laptop, codes[3]).status == .unauthorized)

            // New codes: the old ones stop working.
            let settings = try await owner.request(.get, "/settings")
            let fresh = try await owner.request(
                .post,
                "/settings/two-factor/recovery-codes",
                form: ["csrf": settings.csrf ?? "", "password": PasswordTests.password]
            )
            let newCodes = fresh.body.components(separatedBy: "<li><code>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(newCodes.count == 10 && Set(newCodes).isDisjoint(with: codes))
            #expect(try await Self.code(laptop, codes[4]).status == .unauthorized)
            #expect(try await Self.code(laptop, newCodes[0]).location == "/settings?recovery_left=9#two-factor")

            // Off, with the password: the password alone signs in again.
            let wrong = try await owner.request(.post, "/settings/two-factor/off", form: ["csrf": settings.csrf ?? "", "password": "nope"])
            #expect(wrong.status == .unprocessableContent)
            let off = try await owner.request(
                .post,
                "/settings/two-factor/off",
                form: ["csrf": settings.csrf ?? "", "password": PasswordTests.password]
            )
            #expect(off.location == "/settings?two_factor=off#two-factor")
            #expect(PasswordTests.message(try await owner.request(.get, off.location ?? "")).contains("Two-step sign-in is off"))
            #expect(try await PasswordTests.signIn(owner.fresh()).location == "/")
            let user = try #require(try await store.accountsLookup { try await $0.user(email: "owner@example.org") })
            #expect(try await store.accountsLookup { try await $0.recoveryCodesLeft(userID: user.id) } == 0)
        }
    }

    @Test(
        "Wrong codes count in the sign-in limits: five wrong and the sign-in starts again; someone with the password can't keep guessing",
        arguments: TestStores.Engine.allCases
    )
    func limits(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: Self.clock)
        let store = harness.store
        try await harness.run { owner in
            _ = try await owner.setUp()
            let (secret, _) = try await Self.turnOn(owner, store: store)
            let stranger = owner.fresh()
            try await Self.password(stranger)
            // The password counted once; four wrong codes make five failures, and the next attempt has to wait.
            for guess in ["111111", "222222", "333333", "444444"] { #expect(try await Self.code(stranger, guess).status == .unauthorized) }
            let paused = try await Self.code(stranger, TwoFactor.code(secret: secret, step: Self.step))
            #expect(paused.status == .tooManyRequests && paused.body.contains("paused"))
            #expect(try await stranger.request(.get, "/").location == "/login")

            // On a fresh server, five wrong codes end the waiting sign-in (well within the limits' other keys).
            let user = try #require(try await store.accountsLookup { try await $0.user(email: "owner@example.org") })
            try await store.accounts { _ = try await $0.removeStale(now: Self.now + 86_400, signInWindowSeconds: 0) }
            let token = "a waiting sign-in"
            try await store.accounts {
                try await $0.createPendingSignIn(
                    tokenHash: Tokens.hash(token),
                    userID: user.id,
                    expiresAt: Self.now + 60,
                    createdAt: "2026-11-24T18:00:00Z"
                )
            }
            let other = owner.fresh()
            other.cookies[AccountController.pendingCookie] = token
            for _ in 0..<4 { #expect(try await Self.code(other, "999999").status == .unauthorized) }
            let ended = try await Self.code(other, "999999")
            #expect(ended.status == .unauthorized && ended.body.contains("has to start again") && ended.body.contains("name=\"password\""))
            #expect(try await other.request(.get, "/login/code").location == "/login")
            // An expired one is gone too.
            try await store.accounts {
                try await $0.createPendingSignIn(
                    tokenHash: Tokens.hash("old"),
                    userID: user.id,
                    expiresAt: Self.now,
                    createdAt: "2026-11-24T17:55:00Z"
                )
            }
            other.cookies[AccountController.pendingCookie] = "old"
            #expect(try await other.request(.get, "/login/code").location == "/login")
            let login = try await other.request(.get, "/login")
            let late = try await other.request(
                .post,
                "/login/code",
                form: ["csrf": login.csrf ?? "", "code": TwoFactor.code(secret: secret, step: Self.step)]
            )
            #expect(late.status == .unauthorized && late.body.contains("waited too long"))
            #expect(other.cookies[AccountController.pendingCookie] == nil)
        }
    }

    @Test("An admin turns off the two-step sign-in of someone who lost their phone and codes; nobody else can", arguments: TestStores.Engine.allCases)
    func adminTurnsOff(engine: TestStores.Engine) async throws {
        let harness = try await ServerHarness.make(engine, clock: Self.clock)
        let store = harness.store
        try await harness.run { owner in
            _ = try await owner.setUp()
            let other = try await EditingPagesTests.secondPerson(owner)
            _ = try await Self.turnOn(other, store: store, email: "other@example.org", password: "another long password")
            let user = try #require(try await store.accountsLookup { try await $0.user(email: "other@example.org") })
            // The person can't do it for the owner.
            let theirs = try await other.request(.get, "/settings")
            let ownerID = try #require(try await store.accountsLookup { try await $0.user(email: "owner@example.org") }).id
            let refused = try await other.request(.post, "/settings/people/\(ownerID.rawValue)/two-factor/off", form: ["csrf": theirs.csrf ?? ""])
            #expect(refused.status == .forbidden)
            let settings = try await owner.request(.get, "/settings")
            #expect(settings.body.contains("/settings/people/\(user.id.rawValue)/two-factor/off"))
            let off = try await owner.request(.post, "/settings/people/\(user.id.rawValue)/two-factor/off", form: ["csrf": settings.csrf ?? ""])
            #expect(off.location == "/settings#people")
            #expect(try await PasswordTests.signIn(owner.fresh(), email: "other@example.org", password: "another long password").location == "/")
        }
    }

    @Test("An authenticator app reading the setup page's address (a Python reader of the otpauth URL) makes codes that sign in")
    func independentReader() async throws {
        try Prerequisite.require((try? PythonChecker.run(arguments: ["-c", "import hmac"]))?.status == 0, "python3")
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { owner in
            _ = try await owner.setUp()
            let settings = try await owner.request(.get, "/settings")
            _ = try await owner.request(.post, "/settings/two-factor/start", form: ["csrf": settings.csrf ?? "", "password": PasswordTests.password])
            let setup = try await owner.request(.get, "/settings/two-factor")
            let link = try #require(
                setup.body.range(of: "href=\"otpauth://").map {
                    String(setup.body[setup.body.index($0.lowerBound, offsetBy: 6)...].prefix { $0 != "\"" })
                }
            )
            let key = try #require(
                setup.body.range(of: "<code class=\"setup-key\">").map { String(setup.body[$0.upperBound...].prefix { $0 != "<" }) }
            )
            let script = """
                import base64, hmac, hashlib, struct, sys, urllib.parse
                url = urllib.parse.urlparse(sys.argv[1].replace("&amp;", "&"))
                query = urllib.parse.parse_qs(url.query)
                assert url.scheme == "otpauth" and url.netloc == "totp", url
                assert urllib.parse.unquote(url.path) == "/Twitchless:owner@example.org", url.path
                assert query["issuer"] == ["Twitchless"], query
                secret = query["secret"][0]
                assert secret == sys.argv[2].replace(" ", ""), (secret, sys.argv[2])
                key = base64.b32decode(secret + "=" * (-len(secret) % 8))
                assert len(key) * 8 >= 128, len(key)
                def code(step):
                    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
                    offset = digest[-1] & 15
                    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000)
                print(code(int(sys.argv[3])))
                """
            let result = try PythonChecker.run(arguments: ["-c", script, link, key, String(Self.step)])
            let code = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(result.status == 0, "\(String(decoding: result.error, as: UTF8.self))")
            let on = try await owner.request(.post, "/settings/two-factor/confirm", form: ["csrf": setup.csrf ?? "", "code": code])
            #expect(on.status == .ok && on.body.contains("Two-step sign-in is on."), "\(code)")
        }
    }
}
