import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// The Log page's forms for food (search, pick, amount), a supplement (product, servings, time) and a symptom.
extension LogPage {
    struct Intakes {
        /// Now, in the person's zone: the latest time the forms' pickers allow.
        var now: Timestamp
        var foodQuery: String?
        var foods: [(food: USDAFood, portions: [USDAPortion])] = []
        var products: [StoreSession.StoredProduct] = []
        var symptoms: [Symptom] = []
        /// Symptoms logged recently, newest first, so one logged by mistake can be removed.
        var logged: [StoredSymptom] = []
        var emergency: EmergencyContact = .unknown
    }

    /// The search, then the matches to log one of. A refused food shows at the top of its matches, or of the search
    /// when its matches can't be shown again.
    static func foodSection(csrf: String?, intakes: Intakes, failed: FormState? = nil) -> HTML {
        let hasMatches = !(intakes.foodQuery ?? "").isEmpty && !intakes.foods.isEmpty
        let searchFailed = hasMatches ? nil : failed
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"food\"><h2 id=\"food\">Food</h2>"
            + "<p class=\"muted\">Find a food in the USDA table for its magnesium.</p>"
            + "<form method=\"get\" action=\"/log#food\" role=\"search\">" + (searchFailed?.alert ?? "")
            + Pages.field(
                "food",
                id: "food-search",
                label: "Search for a food",
                hint: "A few words, like pumpkin seeds or spinach boiled.",
                type: "search",
                value: intakes.foodQuery ?? "",
                attributes: "maxlength=\"100\"",
                failed: searchFailed
            )
            + "<p><button type=\"submit\" class=\"secondary\">Search</button></p></form>"
        if let query = intakes.foodQuery, !query.isEmpty {
            if intakes.foods.isEmpty {
                html += "<p role=\"status\">No food matches \"\(query)\". Try fewer or simpler words, like almond or spinach.</p>"
            } else {
                let chosen = failed?.value(for: "food_id") ?? ""
                let isChosenShown = intakes.foods.contains { $0.food.id == chosen }
                html +=
                    "<form method=\"post\" action=\"/log/food\">\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"search\" value=\"\(query)\">"
                    + (failed?.alert ?? "") + "<fieldset\(Pages.describedBy(nil, failed))><legend>Which one did you have?</legend>"
                for (index, match) in intakes.foods.enumerated() {
                    let magnesium =
                        match.food.magnesiumPer100g.map { "\(DecimalText.format($0, digits: 1)) mg magnesium per 100 g" } ?? "no magnesium value"
                    let portions = match.portions.prefix(3).map(\.label).joined(separator: "; ")
                    let isChecked = isChosenShown ? match.food.id == chosen : index == 0
                    html +=
                        "<label class=\"choice\"><input type=\"radio\" name=\"food_id\" value=\"\(match.food.id)\"\(isChecked ? " checked" : "")>"
                        + "<span>\(match.food.description)<span class=\"hint\">\(magnesium)\(portions.isEmpty ? "" : ". Portions: " + HTML.text(portions))</span></span></label>"
                }
                html +=
                    "</fieldset>"
                    + Pages.field(
                        "amount",
                        label: "How much",
                        hint: "Grams or a portion: 30 g, 1 cup, 1/2 cup, 2 tbsp, 1 oz.",
                        attributes: "required maxlength=\"40\"",
                        failed: failed
                    )
                    + WhenField.render(idPrefix: "food-", current: nil, max: intakes.now, failed: failed)
                    + "<p><button type=\"submit\">Log the food</button></p></form>"
            }
        }
        return html + "</section>"
    }

    static func supplementSection(csrf: String?, intakes: Intakes, failed: FormState? = nil) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"supplement\"><h2 id=\"supplement\">A supplement you took</h2>"
        guard !intakes.products.isEmpty else {
            return html + (failed?.alert ?? "")
                + "<p>You haven't added a magnesium product yet. <a href=\"/magnesium#products\">Add one from its label</a>, then log it here.</p></section>"
        }
        html +=
            "<form method=\"post\" action=\"/log/supplement\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.select(
                "product_id",
                label: "Product",
                options: intakes.products.map {
                    ($0.id.rawValue, "\($0.product.name) (\($0.product.elementalText) per \($0.product.servingUnit))")
                },
                failed: failed
            )
            + Pages.field(
                "servings",
                label: "Servings",
                hint: "Like 1 or 0.5.",
                type: "text",
                value: "1",
                attributes: "inputmode=\"decimal\" maxlength=\"10\"",
                failed: failed
            )
            + WhenField.render(idPrefix: "supplement-", current: nil, max: intakes.now, failed: failed)
            + "<p><button type=\"submit\">Log the supplement</button></p></form></section>"
        return html
    }

    static func symptomSection(csrf: String?, intakes: Intakes, failed: FormState? = nil) -> HTML {
        let call = Pages.callLinks("call \(intakes.emergency.spoken) first", number: intakes.emergency.number)
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"symptom\"><h2 id=\"symptom\">Another symptom</h2>"
            + "<p><strong>If something feels like an emergency (trouble breathing, chest pain, a sudden drooping face), \(call).</strong></p>"
            + "<p class=\"muted\">Logging other symptoms lets Twitchless tell you when the sources advise seeing a doctor.</p>"
            + "<form method=\"post\" action=\"/log/symptom\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.select(
                "symptom",
                id: "symptom-key",
                label: "Symptom",
                options: intakes.symptoms.map { ($0.key, $0.label) },
                failed: failed,
                placeholder: "Choose a symptom"
            )
            + WhenField.render(idPrefix: "symptom-", current: nil, max: intakes.now, failed: failed)
            + Pages.field("note", id: "symptom-note", label: "Note (optional)", attributes: "maxlength=\"1000\"", failed: failed)
            + "<p><button type=\"submit\">Log the symptom</button></p></form>"
        if !intakes.logged.isEmpty {
            let labels = Dictionary(intakes.symptoms.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
            html +=
                "<h3 id=\"logged-symptoms\">Symptoms you logged</h3><p class=\"muted\">Logged one by mistake? Removing it takes its red flag with it.</p><ul class=\"plain\">"
            for stored in intakes.logged {
                let label = labels[stored.symptom.key] ?? stored.symptom.key
                let when = "\(stored.symptom.at.localDate) at \(stored.symptom.at.clockText)"
                html +=
                    "<li><p>\(label), \(when)</p><p><a class=\"button secondary\" href=\"/symptoms/\(stored.id)/edit\" aria-label=\"Change \(label), \(when)\">Change</a> "
                    + "<a class=\"button secondary\" href=\"/log/symptom/\(stored.id)/remove\" aria-label=\"Remove \(label), \(when)\">Remove</a></p></li>"
            }
            html += "</ul>"
        }
        return html + "</section>"
    }

    /// A symptom's edit form: when it happened and its note.
    static func symptomForm(_ stored: StoredSymptom, label: String, now: Timestamp, csrf: String?, failed: FormState?) -> HTML {
        "<h1>Change a symptom</h1><p>\(label), logged for \(stored.symptom.at.clockText) on \(stored.symptom.at.localDate).</p>"
            + "<p class=\"muted\">A different symptom is a new log: remove this one and log that instead.</p>"
            + "<form method=\"post\" action=\"/symptoms/\(stored.id)\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + WhenField.render(current: stored.symptom.at, max: now, failed: failed)
            + Pages.field("note", label: "Note (optional)", value: stored.symptom.note ?? "", attributes: "maxlength=\"1000\"", failed: failed)
            + "<p><button type=\"submit\">Save changes</button> <a class=\"button secondary\" href=\"/log#logged-symptoms\">Cancel</a></p></form>"
    }

    /// The question before removing a symptom: its red flag goes with it.
    static func confirmRemoveSymptom(_ stored: StoredSymptom, label: String, csrf: String?) -> HTML {
        "<h1>Remove this symptom?</h1><p>\(label), logged for \(stored.symptom.at.clockText) on \(stored.symptom.at.localDate), will be removed, and any red flag it raised goes with it. Nothing else changes.</p>"
            + "<form method=\"post\" action=\"/log/symptom/\(stored.id)/remove\">\(HTML.csrfField(csrf))"
            + "<p><button type=\"submit\">Remove it</button> <a class=\"button secondary\" href=\"/log#logged-symptoms\">Keep it</a></p></form>"
    }

    /// What happened after logging: the message, then the notices, emergencies first.
    static func result(
        message: String,
        details: [String] = [],
        notices: [Notice],
        alternatives: [USDAFood] = [],
        heading: String = "Logged"
    ) -> HTML {
        let emergencies = notices.filter { $0.severity == .emergency }
        var html = emergencies.map(Pages.notice).joined()
        html += "<h1>\(heading)</h1><p class=\"message\" role=\"status\">\(message)</p>"
        html += details.map { "<p>\($0)</p>" }.joined()
        if !alternatives.isEmpty {
            html +=
                "<p>Not the right food? Search again on the <a href=\"/log#food\">Log page</a> and pick another, such as: "
                + alternatives.map { HTML.text($0.description) }.joined(separator: "; ") + ".</p>"
        }
        let others = notices.filter { $0.severity != .emergency }
        if !others.isEmpty {
            html += "<section aria-labelledby=\"after\"><h2 id=\"after\">Worth knowing now</h2>" + others.map(Pages.notice).joined() + "</section>"
        }
        return html + "<p><a href=\"/log\">Log something else</a> · <a href=\"/\">Back to Today</a></p>"
    }
}
