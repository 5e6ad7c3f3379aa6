import Foundation
import Hummingbird
import Testing

/// Every operation of the API once, with the records it needs made first (an episode, products, an intake, a food, a
/// medicine, a red flag, a trial) and a valid body for each: the OpenAPI contract test checks the answers, and the
/// query plan test looks at every statement they run.
enum APIWalk {
    struct Exchange {
        let operation: String
        let body: String?
        let answer: Browser.Page
        /// The answer to the same POST with a body it must refuse.
        let refused: Browser.Page?
    }

    static func everyOperation(_ browser: Browser, token: String, operations: [String]) async throws -> [Exchange] {
        var walked: [Exchange] = []
        let made = try await browser.request(.post, "/api/v1/episodes", json: #"{"site": "face"}"#, headers: .bearer(token))
        let episodeID = made.json?["id"] as? String ?? ""
        let extra = try await browser.request(.post, "/api/v1/tokens", json: #"{"name": "spare"}"#, headers: .bearer(token))
        #expect(extra.status == .created && (extra.json?["token"] as? String)?.count ?? 0 > 20)
        let spareID = extra.json?["id"] as? String ?? ""
        // Records the operations need: a product, a medicine, a red flag to acknowledge, a running trial.
        let product = try await browser.request(
            .post,
            "/api/v1/products",
            json: #"{"name": "Test magnesium", "elemental_mg": 100, "serving_unit": "capsule"}"#,
            headers: .bearer(token)
        )
        #expect(product.status == .created, "\(product.body)")
        let productID = (product.json?["product"] as? [String: Any])?["id"] as? String ?? ""
        let food = try await browser.request(
            .post,
            "/api/v1/food-intakes",
            json: #"{"query": "almonds", "amount": "30 g"}"#,
            headers: .bearer(token)
        )
        let foodID = food.json?["id"] as? String ?? ""
        // A product of its own for /api/v1/products/{id}, which ends deleted.
        let spare = try await browser.request(
            .post,
            "/api/v1/products",
            json: #"{"name": "Spare product", "elemental_mg": 50}"#,
            headers: .bearer(token)
        )
        let spareProductID = (spare.json?["product"] as? [String: Any])?["id"] as? String ?? ""
        let intake = try await browser.request(
            .post,
            "/api/v1/supplement-intakes",
            json: #"{"product_id": "\#(productID)", "taken_at": "2026-11-01T08:00:00Z"}"#,
            headers: .bearer(token)
        )
        let intakeID = intake.json?["id"] as? String ?? ""
        let medicine = #"{"name": "levothyroxine", "schedule": "07:00"}"#
        #expect(try await browser.request(.post, "/api/v1/medicines", json: medicine, headers: .bearer(token)).status == .created)
        let symptom = try await browser.request(.post, "/api/v1/symptoms", json: #"{"symptom": "muscle_weakness"}"#, headers: .bearer(token))
        let flagID = ((symptom.json?["notices"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
        // A second symptom for DELETE /api/v1/symptoms/{id}, so the flag above stays to be acknowledged.
        _ = try await browser.request(.post, "/api/v1/symptoms", json: #"{"symptom": "weak_grip"}"#, headers: .bearer(token))
        let logged = try await browser.request(.get, "/api/v1/symptoms", headers: .bearer(token)).json?["items"] as? [[String: Any]] ?? []
        let symptomID = logged.first { $0["symptom"] as? String == "weak_grip" }?["id"] as? String ?? ""
        #expect(!flagID.isEmpty, "\(symptom.body)")
        let today = try await browser.request(.get, "/api/v1/today", headers: .bearer(token)).json?["date"] as? String ?? ""
        let trial = try await browser.request(
            .post,
            "/api/v1/trial",
            json: #"{"product": "Test magnesium", "start": "\#(today)"}"#,
            headers: .bearer(token)
        )
        #expect(trial.status == .created, "\(trial.body)")
        let bodies = [
            "POST /api/v1/episodes": #"{"site": "hand"}"#, "PUT /api/v1/days/{date}": #"{"stress": 3, "sleep_hours": null}"#,
            "PATCH /api/v1/episodes/{id}": #"{"intensity": 2, "note": null}"#, "POST /api/v1/trial/stop": #"{"reason": "a test"}"#,
            "PUT /api/v1/products/{id}": #"{"name": "Spare product", "elemental_mg": 120, "serving_unit": "capsule"}"#,
            "PUT /api/v1/medicines/{name}": #"{"schedule": "06:30"}"#,
            "PATCH /api/v1/food-intakes/{id}": #"{"amount": "40 g"}"#, "PATCH /api/v1/symptoms/{id}": #"{"note": "both hands"}"#,
            "PATCH /api/v1/supplement-intakes/{id}": #"{"servings": 2}"#,
            "POST /api/v1/tokens": #"{"name": "x"}"#,
            "POST /api/v1/food-intakes": #"{"query": "pumpkin seeds", "amount": "30 g"}"#,
            "POST /api/v1/supplement-intakes": #"{"product_id": "\#(productID)", "servings": 1}"#,
            "POST /api/v1/symptoms": #"{"symptom": "cramps_wake_me"}"#,
            "POST /api/v1/products": #"{"name": "Second product", "compound_mg": 500, "form": "glycinate"}"#,
            "POST /api/v1/medicines": medicine, "PUT /api/v1/profile": #"{"birth": "1988", "sex": "female"}"#,
            "POST /api/v1/trial/design": #"{"product": "Test magnesium", "start": "2036-01-01"}"#,
            "POST /api/v1/trial": #"{"product": "Test magnesium", "start": "2037-01-01", "blocks": 3}"#,
            "POST /api/v1/imports/apple-health":
                #"<?xml version="1.0"?><HealthData><Record type="HKQuantityTypeIdentifierDietaryCaffeine" sourceName="App" unit="mg" startDate="2026-11-20 08:00:00 +0000" endDate="2026-11-20 08:00:00 +0000" value="95"/></HealthData>"#,
        ]
        let queries = ["GET /api/v1/foods": "?q=almond", "GET /api/v1/history": "?days=90", "GET /api/v1/report": "?from=2026-01-01"]
        for operation in operations {
            let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
            let method = HTTPRequest.Method(rawValue: parts[0])!
            let id =
                parts[1].contains("food-intakes")
                ? foodID
                : parts[1].contains("supplement-intakes")
                    ? intakeID
                    : parts[1].contains("tokens")
                        ? spareID
                        : parts[1].contains("products")
                            ? spareProductID
                            : parts[1].contains("notices")
                                ? flagID
                                : parts[1].contains("symptoms") ? symptomID : episodeID
            let path =
                parts[1].replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{name}", with: "levothyroxine")
                .replacingOccurrences(of: "{date}", with: "2026-11-20") + (queries[operation] ?? "")
            let answer = try await browser.request(method, path, json: bodies[operation], headers: .bearer(token))
            // A bad request too, for every POST but the upload.
            var refused: Browser.Page?
            if method == .post, parts[1] != "/api/v1/imports/apple-health" {
                refused = try await browser.request(method, path, json: #"{"unknown_field": 1}"#, headers: .bearer(token))
            }
            walked.append(Exchange(operation: operation, body: bodies[operation], answer: answer, refused: refused))
        }
        return walked
    }
}
