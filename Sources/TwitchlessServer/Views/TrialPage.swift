import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// The N-of-1 trial: today's arm and instruction, the result so far, and the design form with a preview.
enum TrialPage {
    struct Current {
        var design: TrialDesign
        var today: LocalDate
        var isTrackedToday: Bool
        var report: TrialReport?
    }

    /// The page; with `failed` (a refused design or start), the design form shows what was sent and why, even while a trial runs.
    static func render(
        current: Current?,
        preview: (TrialRequest, [String])?,
        request: TrialRequest?,
        products: [StoreSession.StoredProduct],
        csrf: String?,
        message: String?,
        failed: FormState? = nil
    ) -> HTML {
        let stopFailed = failed?.matching("stop")
        let failed = failed?.matching("trial")
        var html: HTML = "<h1>Does magnesium help me?</h1>" + Pages.message(message)
        if let current { html += currentSection(current, csrf: csrf, failed: stopFailed) }
        if let (request, lines) = preview {
            html +=
                "<section class=\"card\" aria-labelledby=\"preview\"><h2 id=\"preview\">A proposed trial</h2><ul>"
                + lines.map { "<li>\($0)</li>" }.joined() + "</ul>"
                + "<p>The order of magnesium and control in each block is drawn at random when you start, and never changes.</p>"
                + "<form method=\"post\" action=\"/trial/start\">\(HTML.csrfField(csrf))" + hiddenFields(request)
                + "<p><button type=\"submit\">Start this trial</button></p></form></section>"
        }
        if current == nil || current.map({ $0.today > $0.design.lastDay }) == true || failed != nil {
            html += designSection(request: request, products: products, csrf: csrf, failed: failed)
        }
        return html
    }

    /// Stopping early, behind a disclosure: the reason is asked for, and the report will state it.
    static func stopForm(csrf: String?, failed: FormState?) -> HTML {
        let open = failed != nil ? " open" : ""
        return "<details\(open)><summary>Stop the trial early</summary>"
            + "<p>There is no pause: a break would change the design the result depends on. If you need to stop (a side effect, a new medicine, or the twitching has gone), stop here. The days so far still count, and the report says when you stopped and why.</p>"
            + "<form method=\"post\" action=\"/trial/stop\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.field(
                "reason",
                label: "Why are you stopping?",
                hint: "For example: the twitching stopped, or I started a new medicine.",
                attributes: "maxlength=\"\(TrialPlanning.stopReasonLength)\" required",
                failed: failed
            )
            + "<p><button type=\"submit\" class=\"secondary\">Stop the trial</button></p></form></details>"
    }

    static func currentSection(_ current: Current, csrf: String?, failed: FormState?) -> HTML {
        let design = current.design
        var html: HTML = "<section class=\"card\" aria-labelledby=\"today-arm\"><h2 id=\"today-arm\">Your trial today</h2>"
        if let today = TrialWording.instruction(design, on: current.today) {
            html += "<p><strong>Today: \(today.what).</strong></p><p>\(today.position)</p>"
            if !current.isTrackedToday { html += "<p>Please <a href=\"/log#day\">check in today</a>: only checked-in days count.</p>" }
        } else if let stop = design.stop {
            html += "<p>You stopped your trial on \(DateWords.day(stop.date)). Your reason: \u{201C}\(stop.reason)\u{201D}</p>"
        } else if current.today < design.startDate {
            html += "<p>Your trial starts on \(DateWords.day(design.startDate)).</p>"
        } else {
            html += "<p>Your trial ended on \(DateWords.day(design.endDate)).</p>"
        }
        html +=
            "<details><summary>The plan</summary><ul>" + TrialSupport.describe(design, daily: nil).map { "<li>\($0)</li>" }.joined()
            + "</ul></details>"
        if design.stop == nil, current.today <= design.endDate { html += stopForm(csrf: csrf, failed: failed) }
        html += "</section>"
        if let report = current.report {
            html += "<section class=\"card\" aria-labelledby=\"result\"><h2 id=\"result\">What it shows so far</h2>"
            var details: [String] = []
            for line in TrialWording.lines(report) {
                switch line {
                case .sentence(let text), .plain(let text): html += flush(&details) + "<p>\(text)</p>"
                case .detail(let text): details.append(text)
                case .blank: html += flush(&details)
                }
            }
            html += flush(&details) + "</section>"
        }
        return html
    }

    static func flush(_ details: inout [String]) -> HTML {
        guard !details.isEmpty else { return "" }
        defer { details = [] }
        return "<ul>" + details.map { "<li>\($0)</li>" }.joined() + "</ul>"
    }

    static func designSection(request: TrialRequest?, products: [StoreSession.StoredProduct], csrf: String?, failed: FormState? = nil) -> HTML {
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"design\"><h2 id=\"design\">Design a trial</h2>"
            + "<p>A trial takes turns: periods with your magnesium product and control periods without it, in random order within each block. Then it compares your daily episodes. Nothing is stored until you start.</p>"
        guard !products.isEmpty else {
            return html + (failed?.alert ?? "")
                + "<p>First <a href=\"/magnesium#products\">add the magnesium product</a> you want to test.</p></section>"
        }
        let defaults = request ?? TrialRequest(product: products[0].product.name)
        let placebo = failed.map { $0.isChecked("placebo") } ?? defaults.placebo
        html +=
            "<form method=\"post\" action=\"/trial/design\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + Pages.select(
                "product",
                label: "Product",
                options: products.map { ($0.product.name, $0.product.name) },
                selected: defaults.product,
                failed: failed
            )
            + Pages.field(
                "servings",
                label: "Servings a day in magnesium periods",
                value: DecimalText.format(defaults.servings),
                attributes: "inputmode=\"decimal\" maxlength=\"8\"",
                failed: failed
            )
            + Pages.field(
                "blocks",
                label: "Blocks",
                hint: "Each block is one magnesium and one control period; at least 3.",
                type: "number",
                value: "\(defaults.blocks)",
                attributes: "min=\"3\" max=\"12\"",
                failed: failed
            )
            + Pages.field(
                "period_days",
                label: "Days in each period",
                type: "number",
                value: "\(defaults.periodDays)",
                attributes: "min=\"1\" max=\"60\"",
                failed: failed
            )
            + Pages.field(
                "washout_days",
                label: "Washout days",
                hint: "The first days of each period, left out of the analysis.",
                type: "number",
                value: "\(defaults.washoutDays)",
                attributes: "min=\"0\" max=\"30\"",
                failed: failed
            )
            + "<label class=\"choice\"><input type=\"checkbox\" name=\"placebo\" value=\"yes\"\(placebo ? " checked" : "")\(Pages.describedBy(nil, failed))><span>Control periods use my own placebo</span></label>"
            + Pages.field(
                "start",
                label: "First day (optional)",
                hint: "Leave empty for tomorrow.",
                type: "date",
                value: defaults.start ?? "",
                failed: failed
            )
            + "<p><button type=\"submit\">See the plan</button></p></form></section>"
        return html
    }

    static func hiddenFields(_ request: TrialRequest) -> HTML {
        let fields = [
            ("product", request.product), ("servings", DecimalText.exact(request.servings)), ("blocks", "\(request.blocks)"),
            ("period_days", "\(request.periodDays)"), ("washout_days", "\(request.washoutDays)"),
            ("placebo", request.placebo ? "yes" : ""), ("start", request.start ?? ""),
        ]
        return fields.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">" }.joined()
    }
}
