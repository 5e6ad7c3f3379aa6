import Foundation
import Hummingbird
import Testing
import TwitchlessCore
import TwitchlessTestSupport

/// Correcting entries on the web and through the API: undo, add details, change, delete, log the past, check in
/// late, stop a cramp and a trial; and the files the Import and export page takes and gives.
@Suite("Correcting entries on the web and the API", .timeLimit(.minutes(10)))
struct EditingPagesTests {
    /// 2026-11-24 18:00 UTC.
    static let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_795_543_200))

    /// The value of `attribute` right after `marker` in a page.
    static func value(after marker: String, in body: String) -> String? {
        body.range(of: marker).map { String(body[$0.upperBound...].prefix { $0 != "\"" && $0 != "?" && $0 != "&" }) }
    }

    /// A second person, invited by the first, signed in on their own browser.
    static func secondPerson(_ owner: Browser) async throws -> Browser {
        let join = try await owner.invite()
        let other = owner.fresh()
        let page = try await other.request(.get, join)
        let joined = try await other.request(
            .post,
            join,
            form: ["csrf": page.csrf ?? "", "name": "Other", "email": "other@example.org", "password": "another long password"]
        )
        #expect(joined.location == "/")
        return other
    }

    static func episodes(_ browser: Browser, token: String) async throws -> [[String: Any]] {
        try await browser.request(.get, "/api/v1/episodes", headers: .bearer(token)).json?["items"] as? [[String: Any]] ?? []
    }

    @Test("A one-tap twitch offers Undo and Add details; details change that episode instead of logging a second; Undo removes it")
    func undoAndDetails() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let today = try await browser.request(.get, "/")
            let token = try await browser.makeToken()
            let tapped = try await browser.request(.post, "/log/episode", form: ["csrf": today.csrf ?? "", "site": "eyelid_left", "kind": "twitch"])
            let location = try #require(tapped.location)
            #expect(location.hasPrefix("/?logged="))
            let id = String(location.dropFirst("/?logged=".count))
            let after = try await browser.request(.get, location)
            #expect(after.body.contains("Logged a twitch in your left eyelid at 18:00."))
            #expect(after.body.contains("action=\"/episodes/\(id)/undo\"") && after.body.contains("href=\"/episodes/\(id)/edit\">Add details"))

            // Add details: the edit form shows the episode; saving changes it, and there is still one episode.
            let edit = try await browser.request(.get, "/episodes/\(id)/edit")
            #expect(edit.status == .ok && edit.body.contains("value=\"2026-11-24T18:00\""))
            let saved = try await browser.request(
                .post,
                "/episodes/\(id)",
                form: [
                    "csrf": edit.csrf ?? "", "site": "eyelid_left", "kind": "twitch", "at": "", "at_picker": "2026-11-24T18:00", "intensity": "4",
                    "duration": "2m", "pain": "", "note": "reading",
                ]
            )
            #expect(saved.location == "/days/2026-11-24?saved=episode")
            #expect(try await browser.request(.get, saved.location ?? "").body.contains("Saved. The episode is changed."))
            var list = try await Self.episodes(browser, token: token)
            #expect(list.count == 1)
            #expect(
                list.first?["intensity"] as? Int == 4 && list.first?["duration_seconds"] as? Int == 120 && list.first?["note"] as? String == "reading"
            )

            // Emptying a detail clears it; a bad value is refused with the form shown again and nothing changed.
            let bad = try await browser.request(
                .post,
                "/episodes/\(id)",
                form: [
                    "csrf": edit.csrf ?? "", "site": "eyelid_left", "kind": "twitch", "at_picker": "2026-11-24T18:00", "intensity": "12", "note": "",
                ]
            )
            #expect(
                bad.status == .unprocessableContent && bad.body.contains("Intensity 12 is outside the scale") && bad.body.contains("value=\"12\"")
            )
            #expect(try await Self.episodes(browser, token: token).first?["note"] as? String == "reading")
            _ = try await browser.request(
                .post,
                "/episodes/\(id)",
                form: [
                    "csrf": edit.csrf ?? "", "site": "eyelid_left", "kind": "twitch", "at_picker": "2026-11-24T18:00", "intensity": "4", "note": "",
                ]
            )
            list = try await Self.episodes(browser, token: token)
            #expect(list.first?["note"] is NSNull && list.first?["duration_seconds"] is NSNull && list.first?["intensity"] as? Int == 4)

            // Undo removes it, and says nothing else changed.
            let undone = try await browser.request(.post, "/episodes/\(id)/undo", form: ["csrf": edit.csrf ?? ""])
            #expect(undone.location == "/?undone=1")
            #expect(try await browser.request(.get, "/?undone=1").body.contains("Undone: that episode is removed."))
            #expect(try await Self.episodes(browser, token: token).isEmpty)
            #expect(try await browser.request(.post, "/episodes/\(id)/undo", form: ["csrf": edit.csrf ?? ""]).status == .notFound)
        }
    }

    @Test("Deleting asks once and says what goes; moving onto another episode's minute is refused; a stranger gets 404 everywhere")
    func deleteAndIsolation() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let today = try await browser.request(.get, "/")
            let token = try await browser.makeToken()
            let csrf = today.csrf ?? ""
            _ = try await browser.request(.post, "/log/episode", form: ["csrf": csrf, "site": "calf_left", "kind": "twitch", "at": "17:00"])
            let second = try await browser.request(.post, "/log/episode", form: ["csrf": csrf, "site": "calf_left", "kind": "twitch", "at": "17:30"])
            let id = try #require(second.location.map { String($0.dropFirst("/?logged=".count)) })
            _ = try await browser.request(.post, "/log/day", form: ["csrf": csrf, "sleep_hours": "7"])

            let clash = try await browser.request(
                .post,
                "/episodes/\(id)",
                form: ["csrf": csrf, "site": "calf_left", "kind": "twitch", "at": "17:00", "at_picker": "2026-11-24T17:30"]
            )
            #expect(clash.status == .conflict && clash.body.contains("already logged at 17:00"))
            let both = try await browser.request(
                .post,
                "/episodes/\(id)",
                form: ["csrf": csrf, "site": "calf_left", "kind": "twitch", "at": "16:00", "at_picker": "2026-11-24T15:00"]
            )
            #expect(both.status == .unprocessableContent && both.body.contains("Two different times were given"))
            let future = try await browser.request(
                .post,
                "/episodes/\(id)",
                form: ["csrf": csrf, "site": "calf_left", "kind": "twitch", "at": "", "at_picker": "2026-11-24T19:30"]
            )
            #expect(future.status == .unprocessableContent && future.body.contains("in the future"))

            let confirm = try await browser.request(.get, "/episodes/\(id)/delete")
            #expect(confirm.body.contains("The twitch in your left calf at 17:30 today will be deleted"))
            #expect(confirm.body.contains("Nothing else changes"))
            // Another person: the id is not found on every route, and nothing of the owner's changes.
            let stranger = try await Self.secondPerson(browser)
            let theirs = try await stranger.request(.get, "/")
            #expect(theirs.status == .ok)
            for path in ["/episodes/\(id)/edit", "/episodes/\(id)/delete"] {
                #expect(try await stranger.request(.get, path).status == .notFound, "\(path)")
            }
            for path in ["/episodes/\(id)", "/episodes/\(id)/delete", "/episodes/\(id)/undo", "/episodes/\(id)/stop"] {
                let answer = try await stranger.request(
                    .post,
                    path,
                    form: ["csrf": theirs.csrf ?? "", "site": "face", "kind": "spasm", "intensity": "9"]
                )
                #expect(answer.status == .notFound, "\(path)")
            }
            #expect(try await Self.episodes(browser, token: token).count == 2)

            let deleted = try await browser.request(.post, "/episodes/\(id)/delete", form: ["csrf": csrf])
            #expect(deleted.location == "/days/2026-11-24?saved=deleted")
            let remaining = try await Self.episodes(browser, token: token)
            #expect(remaining.count == 1 && remaining.first?["started_at"] as? String == "2026-11-24T17:00:00Z")
            let day = try await browser.request(.get, "/api/v1/days/2026-11-24", headers: .bearer(token))
            #expect(day.json?["tracked"] as? Bool == true && (day.json?["factors"] as? [String: Any])?["sleep_hours"] as? Double == 7)
        }
    }

    @Test("The past can be logged: typed words, the picker, or a time on a day's page; a day is checked in late, corrected and its check-in removed")
    func pastDays() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let today = try await browser.request(.get, "/")
            let token = try await browser.makeToken()
            let csrf = today.csrf ?? ""
            let typed = try await browser.request(
                .post,
                "/log/episode",
                form: ["csrf": csrf, "site": "face", "kind": "spasm", "at": "yesterday 21:15"]
            )
            #expect(typed.location == "/days/2026-11-23?saved=logged")
            let picked = try await browser.request(
                .post,
                "/log/episode",
                form: ["csrf": csrf, "site": "face", "kind": "twitch", "at_picker": "2026-11-20T08:05"]
            )
            #expect(picked.location == "/days/2026-11-20?saved=logged")
            let onDay = try await browser.request(
                .post,
                "/log/episode",
                form: [
                    "csrf": csrf, "site": "calf_right", "kind": "cramp", "on": "2026-11-20", "time": "06:40", "duration": "1m 30s", "return": "day",
                ]
            )
            #expect(onDay.location == "/days/2026-11-20?saved=logged")
            let noTime = try await browser.request(
                .post,
                "/log/episode",
                form: ["csrf": csrf, "site": "face", "on": "2026-11-20", "time": "", "return": "day"]
            )
            #expect(noTime.status == .unprocessableContent && noTime.body.contains("the time of day"))
            let starts = try await Self.episodes(browser, token: token).compactMap { $0["started_at"] as? String }
            #expect(starts == ["2026-11-23T21:15:00Z", "2026-11-20T08:05:00Z", "2026-11-20T06:40:00Z"])

            let page = try await browser.request(.get, "/days/2026-11-20")
            #expect(page.status == .ok && page.body.contains("Friday 20 November") && page.body.contains("06:40 · cramp · right calf · 1 min 30 s"))
            #expect(page.body.contains("Not checked in yet"))
            let checked = try await browser.request(.post, "/days/2026-11-20", form: ["csrf": csrf, "sleep_hours": "6.5", "stress": "3"])
            #expect(checked.location == "/days/2026-11-20?saved=check-in")
            var day = try await browser.request(.get, "/api/v1/days/2026-11-20", headers: .bearer(token)).json
            #expect(day?["tracked"] as? Bool == true && (day?["factors"] as? [String: Any])?["stress"] as? Double == 3)
            let corrected = try await browser.request(.post, "/days/2026-11-20", form: ["csrf": csrf, "sleep_hours": "", "stress": "4"])
            #expect(corrected.location == "/days/2026-11-20?saved=check-in")
            day = try await browser.request(.get, "/api/v1/days/2026-11-20", headers: .bearer(token)).json
            #expect((day?["factors"] as? [String: Any])?["sleep_hours"] is NSNull && (day?["factors"] as? [String: Any])?["stress"] as? Double == 4)
            let badValue = try await browser.request(.post, "/days/2026-11-20", form: ["csrf": csrf, "stress": "14"])
            #expect(badValue.status == .unprocessableContent && badValue.body.contains("value=\"14\""))
            #expect(try await browser.request(.get, "/days/2026-11-25").status == .unprocessableContent)
            #expect(try await browser.request(.get, "/days?date=2026-11-19").location == "/days/2026-11-19")

            let ask = try await browser.request(.get, "/days/2026-11-20/remove-check-in")
            #expect(ask.body.contains("Its episodes, foods and supplements stay"))
            let removed = try await browser.request(.post, "/days/2026-11-20/remove-check-in", form: ["csrf": csrf])
            #expect(removed.location == "/days/2026-11-20?saved=removed")
            day = try await browser.request(.get, "/api/v1/days/2026-11-20", headers: .bearer(token)).json
            #expect(day?["tracked"] as? Bool == false)
            #expect(try await Self.episodes(browser, token: token).count == 3)
            #expect(try await browser.request(.post, "/days/2026-11-20/remove-check-in", form: ["csrf": csrf]).status == .notFound)
        }
    }

    @Test("A cramp tapped as it starts shows \"It has stopped\", which saves its length")
    func crampTimer() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let today = try await browser.request(.get, "/")
            let token = try await browser.makeToken()
            #expect(today.body.contains("A cramp starting now"))
            let started = try await browser.request(
                .post,
                "/log/episode",
                form: ["csrf": today.csrf ?? "", "site": "calf_left", "kind": "cramp", "at": "3 minutes ago"]
            )
            let id = try #require(started.location.map { String($0.dropFirst("/?logged=".count)) })
            let page = try await browser.request(.get, "/")
            #expect(page.body.contains("action=\"/episodes/\(id)/stop\""))
            let stopped = try await browser.request(.post, "/episodes/\(id)/stop", form: ["csrf": today.csrf ?? ""])
            #expect(stopped.location == "/?stopped=180")
            #expect(try await browser.request(.get, "/?stopped=180").body.contains("Saved: it lasted 3 min."))
            #expect(try await Self.episodes(browser, token: token).first?["duration_seconds"] as? Int == 180)
            #expect(!(try await browser.request(.get, "/").body.contains("/stop\"")))
        }
    }

    @Test("The API corrects an episode in part, clears with null, refuses a clash and a stranger; a day's check-in is removed and a factor cleared")
    func api() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let auth = HTTPFields.bearer(token)
            let created = try await browser.request(
                .post,
                "/api/v1/episodes",
                json: #"{"site": "eyelid_left", "started_at": "2026-11-24T17:00:00Z", "intensity": 3, "note": "tired"}"#,
                headers: auth
            )
            let id = try #require(created.json?["id"] as? String)
            _ = try await browser.request(
                .post,
                "/api/v1/episodes",
                json: #"{"site": "eyelid_left", "started_at": "2026-11-24T16:00:00Z"}"#,
                headers: auth
            )
            let patched = try await browser.request(.patch, "/api/v1/episodes/\(id)", json: #"{"pain": 2, "note": null}"#, headers: auth)
            #expect(patched.status == .ok)
            #expect(patched.json?["pain"] as? Int == 2 && patched.json?["note"] is NSNull && patched.json?["intensity"] as? Int == 3)
            let ended = try await browser.request(.patch, "/api/v1/episodes/\(id)", json: #"{"ended_at": "17:04"}"#, headers: auth)
            #expect(ended.json?["duration_seconds"] as? Int == 240)
            let clash = try await browser.request(.patch, "/api/v1/episodes/\(id)", json: #"{"started_at": "2026-11-24T16:00:00Z"}"#, headers: auth)
            #expect(clash.status == .conflict && clash.headers[.contentType] == "application/problem+json")
            #expect(
                try await browser.request(.patch, "/api/v1/episodes/\(id)", json: #"{"site": null}"#, headers: auth).status == .unprocessableContent
            )
            #expect(
                try await browser.request(.patch, "/api/v1/episodes/\(id)", json: #"{"colour": "red"}"#, headers: auth).status
                    == .unprocessableContent
            )
            #expect(try await browser.request(.patch, "/api/v1/episodes/\(id)", json: "[1]", headers: auth).status == .badRequest)
            #expect(try await browser.request(.patch, "/api/v1/episodes/nope", json: "{}", headers: auth).status == .notFound)
            let after = try await browser.request(.get, "/api/v1/episodes/\(id)", headers: auth).json
            #expect(after?["started_at"] as? String == "2026-11-24T17:00:00Z" && after?["site"] as? String == "eyelid_left")

            // A second person's token can't change it.
            let other = try await Self.secondPerson(browser)
            let otherToken = try await other.makeToken()
            #expect(
                try await other.request(.patch, "/api/v1/episodes/\(id)", json: #"{"pain": 9}"#, headers: .bearer(otherToken)).status == .notFound
            )
            #expect(try await browser.request(.get, "/api/v1/episodes/\(id)", headers: auth).json?["pain"] as? Int == 2)

            // Days: null clears a factor; DELETE removes the check-in, then there is none to remove.
            _ = try await browser.request(.put, "/api/v1/days/2026-11-23", json: #"{"sleep_hours": 7, "stress": 2}"#, headers: auth)
            let cleared = try await browser.request(.put, "/api/v1/days/2026-11-23", json: #"{"sleep_hours": null}"#, headers: auth)
            #expect((cleared.json?["factors"] as? [String: Any])?["sleep_hours"] is NSNull)
            #expect((cleared.json?["factors"] as? [String: Any])?["stress"] as? Double == 2)
            #expect(try await browser.request(.delete, "/api/v1/days/2026-11-23", headers: auth).status == .noContent)
            #expect(try await browser.request(.delete, "/api/v1/days/2026-11-23", headers: auth).status == .notFound)
            #expect(try await browser.request(.delete, "/api/v1/days/2026-12-30", headers: auth).status == .unprocessableContent)
        }
    }

    @Test("A trial is stopped early from the web with a reason, and the report and the API say when and why")
    func trialStop() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let auth = HTTPFields.bearer(token)
            _ = try await browser.request(.post, "/api/v1/products", json: #"{"name": "Glycinate", "elemental_mg": 100}"#, headers: auth)
            let started = try await browser.request(
                .post,
                "/api/v1/trial",
                json: #"{"product": "Glycinate", "blocks": 3, "start": "2026-11-24"}"#,
                headers: auth
            )
            #expect(started.status == .created, "\(started.body)")
            let page = try await browser.request(.get, "/trial")
            #expect(page.body.contains("Stop the trial early") && page.body.contains("There is no pause"))
            let noReason = try await browser.request(.post, "/trial/stop", form: ["csrf": page.csrf ?? "", "reason": " "])
            #expect(noReason.status == .unprocessableContent && noReason.body.contains("Please say why you are stopping the trial"))
            let stopped = try await browser.request(.post, "/trial/stop", form: ["csrf": page.csrf ?? "", "reason": "A rash <b>itch</b>"])
            #expect(stopped.status == .ok && stopped.body.contains("Your trial is stopped."))
            #expect(stopped.body.contains("A rash &lt;b&gt;itch&lt;/b&gt;") && !stopped.body.contains("<b>itch"))
            #expect(!stopped.body.contains("Stop the trial early"))
            let trial = try await browser.request(.get, "/api/v1/trial", headers: auth).json
            #expect(trial?["stopped_on"] as? String == "2026-11-24" && trial?["stop_reason"] as? String == "A rash <b>itch</b>")
            let report = try await browser.request(.get, "/api/v1/trial/report", headers: auth).json
            #expect(report?["stopped_on"] as? String == "2026-11-24" && report?["interim"] as? Bool == false)
            #expect(
                try await browser.request(.post, "/api/v1/trial/stop", json: #"{"reason": "again"}"#, headers: auth).status == .unprocessableContent
            )
            let doctor = try await browser.request(.get, "/report/download?from=2026-11-01")
            #expect(doctor.body.contains("Stopped early") && doctor.body.contains("A rash &lt;b&gt;itch&lt;/b&gt;"))
        }
    }

    @Test("The Import and export page gives the CSV files, the calendar and the FHIR bundle, and takes a CSV file back, recognised by its content")
    func files() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let today = try await browser.request(.get, "/")
            let token = try await browser.makeToken()
            let csrf = today.csrf ?? ""
            _ = try await browser.request(
                .post,
                "/log/episode",
                form: ["csrf": csrf, "site": "thigh", "kind": "twitch", "at": "17:00", "intensity": "5"]
            )
            _ = try await browser.request(.post, "/log/day", form: ["csrf": csrf, "sleep_hours": "6"])
            let page = try await browser.request(.get, "/import")
            for link in ["/export/days.csv", "/export/episodes.csv", "/export/fhir.json", "/export/calendar.ics"] {
                #expect(page.body.contains(link), "\(link)")
            }
            let days = try await browser.request(.get, "/export/days.csv")
            #expect(days.headers[.contentType] == "text/csv; charset=utf-8" && days.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(days.body.hasPrefix("date,") && days.body.contains("2026-11-24"))
            let episodes = try await browser.request(.get, "/export/episodes.csv")
            #expect(episodes.body.contains("2026-11-24T17:00:00Z") && episodes.body.contains("thigh"))
            #expect(episodes.headers[.cacheControl] == "no-store")
            let fhir = try await browser.request(.get, "/export/fhir.json")
            #expect(fhir.json?["resourceType"] as? String == "Bundle")
            let noZone = try await browser.request(.get, "/export/calendar.ics")
            #expect(noZone.status == .unprocessableContent && noZone.body.contains("time zone") && noZone.body.contains("href=\"/profile\""))
            _ = try await browser.request(.put, "/api/v1/profile", json: #"{"time_zone": "Europe/London"}"#, headers: .bearer(token))
            let calendar = try await browser.request(.get, "/export/calendar.ics?check_in=21:00")
            #expect(calendar.headers[.contentType] == "text/calendar; charset=utf-8" && calendar.body.hasPrefix("BEGIN:VCALENDAR"))
            #expect(try await browser.request(.get, "/export/calendar.ics?check_in=late").status == .unprocessableContent)

            // The episodes file goes back in through the one upload field: the same data again adds nothing.
            let again = try await browser.request(.post, "/import", raw: Self.upload(csrf: page.csrf, name: "mine.csv", file: episodes.body))
            #expect(
                again.status == .ok && again.body.contains("mine.csv: 0 new episodes, 0 updated episodes, 1 already in your log."),
                "\(again.body)"
            )
            let moved = episodes.body.replacingOccurrences(of: "2026-11-24T17:00:00Z", with: "2026-11-22T09:00:00Z")
            let added = try await browser.request(.post, "/import", raw: Self.upload(csrf: page.csrf, name: "../../etc/older.csv", file: moved))
            #expect(added.body.contains("older.csv: 1 new episode,") && !added.body.contains("etc/"))
            #expect(try await Self.episodes(browser, token: token).count == 2)
            let binary = try await browser.request(.post, "/import", raw: Self.upload(csrf: page.csrf, name: "photo.jpg", file: "\u{0}\u{1}JFIF"))
            #expect(binary.status == .unprocessableContent && binary.body.contains("not one Twitchless can import"))
            let notCSV = try await browser.request(.post, "/import", raw: Self.upload(csrf: page.csrf, name: "notes.txt", file: "just some words\n"))
            #expect(notCSV.status == .unprocessableContent && notCSV.body.contains("is not a days.csv or episodes.csv file"))
            #expect(try await Self.episodes(browser, token: token).count == 2)
        }
    }

    @Test("Foods and supplement intakes are listed on their day, changed and deleted on the web and through the API, each by its own id")
    func intakes() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let auth = HTTPFields.bearer(token)
            let food = try await browser.request(
                .post,
                "/api/v1/food-intakes",
                json: #"{"query": "almonds", "amount": "30 g", "eaten_at": "12:00"}"#,
                headers: auth
            )
            let foodID = try #require(food.json?["id"] as? String)
            let product = try await browser.request(.post, "/api/v1/products", json: #"{"name": "Glycinate", "elemental_mg": 100}"#, headers: auth)
            let productID = try #require((product.json?["product"] as? [String: Any])?["id"] as? String)
            let intake = try await browser.request(
                .post,
                "/api/v1/supplement-intakes",
                json: #"{"product_id": "\#(productID)", "servings": 1, "taken_at": "08:00"}"#,
                headers: auth
            )
            let intakeID = try #require(intake.json?["id"] as? String)
            #expect(intake.json?["product_id"] as? String == productID)

            let listed = try await browser.request(.get, "/api/v1/food-intakes?date=2026-11-24", headers: auth).json?["items"] as? [[String: Any]]
            #expect(listed?.map { $0["id"] as? String } == [foodID])
            let day = try await browser.request(.get, "/days/2026-11-24")
            #expect(day.body.contains("href=\"/foods/\(foodID)/edit\"") && day.body.contains("href=\"/supplements/\(intakeID)/edit\""))

            // The web: change the food's amount; the unchanged portion and picker keep the rest.
            let edit = try await browser.request(.get, "/foods/\(foodID)/edit")
            #expect(edit.body.contains("value=\"30 g\"") && edit.body.contains("value=\"2026-11-24T12:00\""))
            let saved = try await browser.request(
                .post,
                "/foods/\(foodID)",
                form: ["csrf": edit.csrf ?? "", "amount": "45 g", "at": "", "at_picker": "2026-11-24T12:00"]
            )
            #expect(saved.location == "/days/2026-11-24?saved=food")
            let foods = try await browser.request(.get, "/api/v1/food-intakes", headers: auth).json?["items"] as? [[String: Any]]
            #expect(foods?.first?["grams"] as? Double == 45 && foods?.first?["eaten_at"] as? String == "2026-11-24T12:00:00Z")
            let badAmount = try await browser.request(.post, "/foods/\(foodID)", form: ["csrf": edit.csrf ?? "", "amount": "a bucket"])
            #expect(badAmount.status == .unprocessableContent && badAmount.body.contains("value=\"a bucket\""))

            // The web: servings; the API: the time; a clash with another intake of the product is refused.
            let supplementEdit = try await browser.request(.get, "/supplements/\(intakeID)/edit")
            let doubled = try await browser.request(
                .post,
                "/supplements/\(intakeID)",
                form: ["csrf": supplementEdit.csrf ?? "", "servings": "2", "at_picker": "2026-11-24T08:00"]
            )
            #expect(doubled.location == "/days/2026-11-24?saved=supplement")
            let moved = try await browser.request(.patch, "/api/v1/supplement-intakes/\(intakeID)", json: #"{"taken_at": "07:30"}"#, headers: auth)
            #expect(moved.json?["servings"] as? Double == 2 && moved.json?["elemental_mg"] as? Double == 200)
            #expect(moved.json?["taken_at"] as? String == "2026-11-24T07:30:00Z")
            _ = try await browser.request(
                .post,
                "/api/v1/supplement-intakes",
                json: #"{"product_id": "\#(productID)", "taken_at": "09:00"}"#,
                headers: auth
            )
            let clash = try await browser.request(.patch, "/api/v1/supplement-intakes/\(intakeID)", json: #"{"taken_at": "09:00"}"#, headers: auth)
            #expect(clash.status == .conflict)
            #expect(
                try await browser.request(.patch, "/api/v1/supplement-intakes/\(intakeID)", json: #"{"servings": null}"#, headers: auth).status
                    == .unprocessableContent
            )

            // Another person: 404 on the web and the API, nothing changed.
            let other = try await Self.secondPerson(browser)
            let otherToken = try await other.makeToken()
            #expect(try await other.request(.get, "/foods/\(foodID)/edit").status == .notFound)
            #expect(try await other.request(.delete, "/api/v1/supplement-intakes/\(intakeID)", headers: .bearer(otherToken)).status == .notFound)
            #expect(
                try await other.request(.patch, "/api/v1/food-intakes/\(foodID)", json: #"{"amount": "1 g"}"#, headers: .bearer(otherToken)).status
                    == .notFound
            )

            // Deleting asks once; then it is gone and the rest stays.
            let ask = try await browser.request(.get, "/supplements/\(intakeID)/delete")
            #expect(ask.body.contains("2 × Glycinate at 07:30 today will be deleted"))
            #expect(
                try await browser.request(.post, "/supplements/\(intakeID)/delete", form: ["csrf": ask.csrf ?? ""]).location
                    == "/days/2026-11-24?saved=deleted"
            )
            #expect(try await browser.request(.delete, "/api/v1/food-intakes/\(foodID)", headers: auth).status == .noContent)
            #expect(try await browser.request(.delete, "/api/v1/food-intakes/\(foodID)", headers: auth).status == .notFound)
            let left = try await browser.request(.get, "/api/v1/supplement-intakes", headers: auth).json?["items"] as? [[String: Any]]
            #expect(left?.count == 1 && left?.first?["taken_at"] as? String == "2026-11-24T09:00:00Z")
        }
    }

    @Test("A product and a medicine are changed from their pages, and removed only after the question that says what goes")
    func productsAndMedicines() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let auth = HTTPFields.bearer(token)
            let product = try await browser.request(.post, "/api/v1/products", json: #"{"name": "Calm caps", "elemental_mg": 150}"#, headers: auth)
            let productID = try #require((product.json?["product"] as? [String: Any])?["id"] as? String)
            _ = try await browser.request(
                .post,
                "/api/v1/supplement-intakes",
                json: #"{"product_id": "\#(productID)", "taken_at": "08:00"}"#,
                headers: auth
            )
            let magnesium = try await browser.request(.get, "/magnesium")
            #expect(magnesium.body.contains("href=\"/products/\(productID)/edit\""))
            let edit = try await browser.request(.get, "/products/\(productID)/edit")
            #expect(edit.body.contains("value=\"Calm caps\"") && edit.body.contains("value=\"150\""))
            let saved = try await browser.request(
                .post,
                "/products/\(productID)",
                form: [
                    "csrf": edit.csrf ?? "", "name": "Calm caps", "elemental": "120", "compound": "", "form": "", "unit": "capsule",
                    "kind": "supplement",
                ]
            )
            #expect(saved.status == .ok && saved.body.contains("Saved Calm caps.") && saved.body.contains("120 mg elemental magnesium per capsule"))
            let both = try await browser.request(
                .post,
                "/products/\(productID)",
                form: ["csrf": edit.csrf ?? "", "name": "Calm caps", "elemental": "120", "compound": "500", "form": "citrate", "unit": "capsule"]
            )
            #expect(both.status == .unprocessableContent && both.body.contains("not both"))
            let ask = try await browser.request(.get, "/products/\(productID)/delete")
            #expect(ask.body.contains("Calm caps will be deleted, with the 1 intake of it you logged on 2026-11-24"))
            let deleted = try await browser.request(.post, "/products/\(productID)/delete", form: ["csrf": ask.csrf ?? ""])
            #expect(deleted.body.contains("Deleted Calm caps and its 1 logged intake."))
            #expect((try await browser.request(.get, "/api/v1/products", headers: auth).json?["items"] as? [Any])?.isEmpty == true)

            _ = try await browser.request(.post, "/api/v1/medicines", json: #"{"name": "levothyroxine", "schedule": "07:00"}"#, headers: auth)
            let medicines = try await browser.request(.get, "/medicines")
            #expect(medicines.body.contains("href=\"/medicines/edit?name=levothyroxine\""))
            let change = try await browser.request(.get, "/medicines/edit?name=levothyroxine")
            #expect(change.body.contains("value=\"07:00\""))
            let changed = try await browser.request(
                .post,
                "/medicines/edit",
                form: [
                    "csrf": change.csrf ?? "", "original": "levothyroxine", "name": "levothyroxine", "schedule": "06:30", "start": "", "end": "",
                    "product": "",
                ]
            )
            #expect(changed.status == .ok && changed.body.contains("Saved levothyroxine, daily at 06:30."))
            let badSchedule = try await browser.request(
                .post,
                "/medicines/edit",
                form: ["csrf": change.csrf ?? "", "original": "levothyroxine", "name": "levothyroxine", "schedule": "sometimes"]
            )
            #expect(badSchedule.status == .unprocessableContent && badSchedule.body.contains("value=\"sometimes\""))
            let replaced = try await browser.request(.put, "/api/v1/medicines/levothyroxine", json: #"{"schedule": "06:00"}"#, headers: auth)
            #expect((replaced.json?["medicine"] as? [String: Any])?["name"] as? String == "levothyroxine")
            #expect(try await browser.request(.get, "/medicines/edit?name=aspirin").status == .notFound)
            let removeAsk = try await browser.request(.get, "/medicines/remove?name=levothyroxine")
            #expect(removeAsk.body.contains("will no longer keep magnesium apart from it"))
            let removed = try await browser.request(.post, "/medicines/remove", form: ["csrf": removeAsk.csrf ?? "", "name": "levothyroxine"])
            #expect(removed.body.contains("Removed levothyroxine."))
        }
    }

    @Test("A symptom is changed from the Log page and through the API, and removed after the question")
    func symptoms() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let log = try await browser.request(.get, "/log")
            _ = try await browser.request(.post, "/log/symptom", form: ["csrf": log.csrf ?? "", "symptom": "muscle_weakness", "at": "17:00"])
            let listed = try await browser.request(.get, "/log")
            let id = try #require(Self.value(after: "href=\"/symptoms/", in: listed.body).map { String($0.prefix { $0 != "/" }) })
            let edit = try await browser.request(.get, "/symptoms/\(id)/edit")
            #expect(edit.body.contains("value=\"2026-11-24T17:00\""))
            let saved = try await browser.request(
                .post,
                "/symptoms/\(id)",
                form: ["csrf": edit.csrf ?? "", "at": "16:30", "at_picker": "2026-11-24T15:00", "note": "climbing stairs"]
            )
            #expect(saved.status == .unprocessableContent && saved.body.contains("Two different times"))
            let fixed = try await browser.request(
                .post,
                "/symptoms/\(id)",
                form: ["csrf": edit.csrf ?? "", "at": "16:30", "note": "climbing stairs"]
            )
            #expect(fixed.status == .ok && fixed.body.contains("Saved: muscle weakness"), "\(fixed.body)")
            let api = try await browser.request(.patch, "/api/v1/symptoms/\(id)", json: #"{"note": null}"#, headers: .bearer(token))
            #expect((api.json?["symptom"] as? [String: Any])?["note"] is NSNull)
            #expect((api.json?["symptom"] as? [String: Any])?["at"] as? String == "2026-11-24T16:30:00Z")
            let question = try await browser.request(.get, "/log/symptom/\(id)/remove")
            #expect(question.body.contains("Remove this symptom?"))
            #expect(try await browser.request(.post, "/log/symptom/\(id)/remove", form: ["csrf": question.csrf ?? ""]).body.contains("Removed"))
            #expect(try await browser.request(.get, "/symptoms/\(id)/edit").status == .notFound)
        }
    }

    @Test("Today's short check-in takes sleep, a stress choice and drinks in one tap, and refuses a count it can't use")
    func quickCheckIn() async throws {
        let harness = try await ServerHarness.make(.sqlite, clock: Self.clock)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let today = try await browser.request(.get, "/")
            #expect(today.body.contains("action=\"/check-in/quick\"") && today.body.contains("name=\"drink_mayo_coffee_brewed\""))
            #expect(today.body.contains("type=\"radio\" name=\"stress\" value=\"10\""))
            let checked = try await browser.request(
                .post,
                "/check-in/quick",
                form: [
                    "csrf": today.csrf ?? "", "sleep_hours": "7.5", "stress": "2", "drink_mayo_coffee_brewed": "2", "drink_mayo_cola": "0",
                    "water_liters": "",
                ]
            )
            #expect(checked.location == "/?checked=1")
            let day = try await browser.request(.get, "/api/v1/days/2026-11-24", headers: .bearer(token)).json
            let factors = day?["factors"] as? [String: Any]
            #expect(day?["tracked"] as? Bool == true && factors?["sleep_hours"] as? Double == 7.5 && factors?["stress"] as? Double == 2)
            #expect((factors?["caffeine_mg"] as? Double ?? 0) > 0)
            let after = try await browser.request(.get, "/?checked=1")
            #expect(after.body.contains("Checked in. Thank you") && after.body.contains("You checked in today. Thank you"))
            #expect(after.body.contains("value=\"2\" selected") && after.body.contains("name=\"stress\" value=\"2\" checked"))
            let bad = try await browser.request(.post, "/check-in/quick", form: ["csrf": today.csrf ?? "", "drink_mayo_cola": "lots"])
            #expect(bad.status == .unprocessableContent && bad.body.contains("is not a number of drinks"))
        }
    }

    static func upload(csrf: String?, name: String, file: String, boundary: String = "XyZ-boundary") -> (body: String, contentType: String) {
        var body = ""
        if let csrf { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"export\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(file)\r\n"
        body += "--\(boundary)--\r\n"
        return (body, "multipart/form-data; boundary=\(boundary)")
    }
}
