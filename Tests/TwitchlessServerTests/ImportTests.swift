import Foundation
import Hummingbird
import Testing
import TwitchlessTestSupport

/// Apple Health exports uploaded through the web page and the API.
@Suite("Apple Health upload", .timeLimit(.minutes(10)))
struct ImportTests {
    static let export = SmallHealthExport.xml

    static func multipart(csrf: String?, origin: String, file: String, boundary: String = "XyZ-boundary") -> (body: String, contentType: String) {
        var body = ""
        if let csrf { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"magnesium_from\"\r\n\r\n\(origin)\r\n"
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"export\"; filename=\"export.xml\"\r\nContent-Type: text/xml\r\n\r\n\(file)\r\n"
        body += "--\(boundary)--\r\n"
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    @Test("The Import page takes the export from the browser; the same file again adds nothing; no CSRF token, no import")
    func page() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let form = try await browser.request(.get, "/import")
            #expect(form.status == .ok && form.body.contains("enctype=\"multipart/form-data\""))
            let forged = try await browser.request(.post, "/import", raw: Self.multipart(csrf: nil, origin: "food", file: Self.export))
            #expect(forged.status == .forbidden)
            #expect(
                (try await browser.request(.get, "/api/v1/days/2026-11-20", headers: .bearer(token)).json?["factors"] as? [String: Any])?[
                    "caffeine_mg"
                ] is NSNull
            )
            let imported = try await browser.request(.post, "/import", raw: Self.multipart(csrf: form.csrf, origin: "food", file: Self.export))
            #expect(imported.status == .ok, "\(imported.body)")
            #expect(imported.body.contains("Stored 3 new day values"))
            let day = try await browser.request(.get, "/api/v1/days/2026-11-20", headers: .bearer(token))
            #expect((day.json?["factors"] as? [String: Any])?["caffeine_mg"] as? Double == 95)
            #expect((day.json?["factors"] as? [String: Any])?["sleep_hours"] as? Double == 7.5)
            #expect(day.json?["tracked"] as? Bool == false)
            let again = try await browser.request(.post, "/import", raw: Self.multipart(csrf: form.csrf, origin: "food", file: Self.export))
            #expect(again.body.contains("Nothing new"))
            let broken = try await browser.request(
                .post,
                "/import",
                raw: Self.multipart(csrf: form.csrf, origin: "food", file: String(Self.export.prefix(200)))
            )
            #expect(broken.status == .unprocessableContent)
            #expect(broken.body.contains("ends early"))
        }
    }

    @Test("The API takes the export as the body and answers with what came in; a file that isn't an export stores nothing")
    func api() async throws {
        let harness = try await ServerHarness.make(.sqlite)
        try await harness.run { browser in
            _ = try await browser.setUp()
            let token = try await browser.makeToken()
            let refused = try await browser.request(
                .post,
                "/api/v1/imports/apple-health",
                raw: ("<rss/>", "application/xml"),
                headers: .bearer(token)
            )
            #expect(refused.status == .unprocessableContent)
            #expect((refused.json?["detail"] as? String)?.contains("not an Apple Health export") == true)
            let answer = try await browser.request(
                .post,
                "/api/v1/imports/apple-health?magnesium_from=supplement",
                raw: (Self.export, "application/xml"),
                headers: .bearer(token)
            )
            #expect(answer.status == .ok, "\(answer.body)")
            #expect((answer.json?["stored"] as? [String: Int])?["added"] == 3)
            #expect(answer.json?["magnesium_origin"] as? String == "supplement")
        }
    }
}
