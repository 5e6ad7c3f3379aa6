import TwitchlessApp
import TwitchlessCore
import TwitchlessReports

/// The short check-in on Today: sleep in half hours, stress on its scale, drinks counted, alcohol and water, each
/// starting at the person's usual answer.
enum QuickCheckInForm {
    static func render(_ form: QuickCheckIn.Form, csrf: String?, failed: FormState?) -> HTML {
        let failed = failed?.matching("quick")
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"quick-check-in\"><h2 id=\"quick-check-in\">\(form.isCheckedIn ? "Today's check-in" : "Check in for today")</h2>"
        html +=
            form.isCheckedIn
            ? "<p>You checked in today. Thank you: days without twitches count too. Change anything here.</p>"
            : "<p class=\"muted\">Checking in counts the day, even with no twitches. The answers start at your usual ones; change what was different today.</p>"
        html += "<form method=\"post\" action=\"/check-in/quick\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
        html += number(.sleepHours, form: form, label: "Sleep last night (hours)", step: "0.5", failed: failed)
        html += stressScale(form, failed: failed)
        html +=
            "<fieldset\(Pages.describedBy(nil, failed))><legend>Caffeinated drinks today</legend>"
            + (form.drinksAreToday || form.drinks.allSatisfy({ $0.count == 0 })
                ? "" : "<p class=\"hint\">Filled in with the drinks you gave last time.</p>")
        for drink in form.drinks {
            let name = "drink_\(drink.id)"
            let current = failed?.value(for: name, default: "\(drink.count)") ?? "\(drink.count)"
            html +=
                "<label for=\"\(name)\">\(drink.label)<span class=\"hint\" id=\"\(name)-hint\">\(drink.serving), about \(DecimalText.format(drink.caffeineMg)) mg caffeine each</span></label>"
                + "<select id=\"\(name)\" name=\"\(name)\" aria-describedby=\"\(name)-hint\" class=\"count\">"
                + (0...8).map { "<option value=\"\($0)\"\("\($0)" == current ? " selected" : "")>\($0)</option>" }.joined() + "</select>"
        }
        html += "</fieldset>"
        html += number(.alcoholDrinks, form: form, label: "Alcohol (standard drinks)", step: "1", failed: failed)
        html += number(.waterLiters, form: form, label: "Water (litres)", step: "0.25", failed: failed)
        html += "<p><button type=\"submit\">\(form.isCheckedIn ? "Save" : "Check in")</button></p></form>"
        return html + "<p><a href=\"/days/\(form.date)#check-in\">Exercise, relaxation and the other factors</a></p></section>"
    }

    static func usualHint(_ factor: DayFactor, _ form: QuickCheckIn.Form) -> String? {
        guard form.usual.contains(factor), let value = form.values[factor] else { return nil }
        return "Your usual: \(DecimalText.format(value)). Change it if today was different."
    }

    static func number(_ factor: DayFactor, form: QuickCheckIn.Form, label: String, step: String, failed: FormState?) -> HTML {
        let range: HTML = factor.range.map { "min=\"\(DecimalText.format($0.lowerBound))\" max=\"\(DecimalText.format($0.upperBound))\"" } ?? ""
        return Pages.field(
            factor.column,
            id: "quick-\(factor.column)",
            label: label,
            hint: usualHint(factor, form),
            type: "number",
            value: form.values[factor].map { DecimalText.format($0) } ?? "",
            attributes: "\(range) step=\"\(step)\" inputmode=\"decimal\"",
            failed: failed
        )
    }

    /// Stress as eleven choices, 0 (none) to 10 (the most), in one row.
    static func stressScale(_ form: QuickCheckIn.Form, failed: FormState?) -> HTML {
        let stored = form.values[.stress].map { "\(Int($0))" } ?? ""
        let current = failed?.value(for: "stress", default: stored) ?? stored
        var html: HTML = "<fieldset class=\"scale\"\(Pages.describedBy(nil, failed))><legend>Stress today, 0 (none) to 10 (the most)"
        if let hint = usualHint(.stress, form) { html += "<span class=\"hint\">\(hint)</span>" }
        html += "</legend><div class=\"scale-row\">"
        for value in 0...10 {
            html +=
                "<label class=\"scale-choice\"><input type=\"radio\" name=\"stress\" value=\"\(value)\"\("\(value)" == current ? " checked" : "")><span>\(value)</span></label>"
        }
        return html + "</div></fieldset>"
    }
}
