import TwitchlessApp
import TwitchlessCore
import TwitchlessReports
import TwitchlessStore

/// A food or a supplement intake: its edit form (how much, when), and the question before deleting it.
enum IntakePage {
    /// The food's line on a day's page, with a link to change it.
    static func line(_ stored: StoredFoodIntake) -> HTML {
        let food = stored.intake
        let magnesium = food.magnesium.map { " · \(DecimalText.format($0.value, digits: 0)) mg magnesium" } ?? ""
        return "<span>\(food.eatenAt.clockText) · \(food.portion) of \(food.description)\(magnesium)</span> "
            + "<a href=\"/foods/\(stored.id.rawValue)/edit\" aria-label=\"Change the \(food.description) at \(food.eatenAt.clockText)\">Change</a>"
    }

    static func line(_ stored: StoredSupplementIntake) -> HTML {
        let intake = stored.intake
        return
            "<span>\(intake.takenAt.clockText) · \(DecimalText.format(intake.servings)) × \(intake.productName) · \(SupplementLogging.range(intake.elementalLow, intake.elemental)) elemental magnesium</span> "
            + "<a href=\"/supplements/\(stored.id.rawValue)/edit\" aria-label=\"Change the \(intake.productName) at \(intake.takenAt.clockText)\">Change</a>"
    }

    static func foodForm(_ stored: StoredFoodIntake, now: Timestamp, today: LocalDate, csrf: String?, failed: FormState?) -> HTML {
        let food = stored.intake
        var html: HTML =
            "<h1>Change a food</h1><p>\(food.portion) of \(food.description) at \(food.eatenAt.clockText) \(EpisodePage.onDay(food.eatenAt.localDate, today: today)).</p>"
            + "<section class=\"card\" aria-labelledby=\"details\"><h2 id=\"details\">How much and when</h2>"
            + "<form method=\"post\" action=\"/foods/\(stored.id.rawValue)\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
        html += Pages.field(
            "amount",
            label: "How much",
            hint: "For example 30 g, 2 tbsp or 1 cup.",
            value: food.portion,
            attributes: "maxlength=\"40\" autocomplete=\"off\"",
            failed: failed
        )
        html += WhenField.render(label: "When you ate it", current: food.eatenAt, max: now, failed: failed)
        html +=
            "<p><button type=\"submit\">Save changes</button> <a class=\"button secondary\" href=\"/days/\(food.eatenAt.localDate)\">Cancel</a></p></form></section>"
        return html + deleteLink("/foods/\(stored.id.rawValue)/delete", what: "food")
    }

    static func supplementForm(_ stored: StoredSupplementIntake, now: Timestamp, today: LocalDate, csrf: String?, failed: FormState?) -> HTML {
        let intake = stored.intake
        var html: HTML =
            "<h1>Change a supplement intake</h1><p>\(DecimalText.format(intake.servings)) × \(intake.productName) at \(intake.takenAt.clockText) \(EpisodePage.onDay(intake.takenAt.localDate, today: today)).</p>"
            + "<section class=\"card\" aria-labelledby=\"details\"><h2 id=\"details\">Servings and time</h2>"
            + "<form method=\"post\" action=\"/supplements/\(stored.id.rawValue)\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
        html += Pages.field(
            "servings",
            label: "Servings",
            hint: "The magnesium in each serving stays what it was when you logged it.",
            value: DecimalText.format(intake.servings),
            attributes: "inputmode=\"decimal\" maxlength=\"8\"",
            failed: failed
        )
        html += WhenField.render(label: "When you took it", current: intake.takenAt, max: now, failed: failed)
        html +=
            "<p><button type=\"submit\">Save changes</button> <a class=\"button secondary\" href=\"/days/\(intake.takenAt.localDate)\">Cancel</a></p></form></section>"
        return html + deleteLink("/supplements/\(stored.id.rawValue)/delete", what: "intake")
    }

    static func deleteLink(_ path: String, what: String) -> HTML {
        "<section aria-labelledby=\"delete\"><h2 id=\"delete\">Logged by mistake?</h2><p><a class=\"button secondary\" href=\"\(path)\">Delete this \(what)</a></p></section>"
    }

    /// The one question before deleting: what goes, and that nothing else changes.
    static func confirmDelete(what: String, description: String, action: String, back: String, csrf: String?) -> HTML {
        "<h1>Delete this \(what)?</h1><p>\(description) will be deleted from your log. Nothing else changes.</p>"
            + "<form method=\"post\" action=\"\(action)\">\(HTML.csrfField(csrf))"
            + "<p><button type=\"submit\">Delete it</button> <a class=\"button secondary\" href=\"\(back)\">Keep it</a></p></form>"
    }
}
