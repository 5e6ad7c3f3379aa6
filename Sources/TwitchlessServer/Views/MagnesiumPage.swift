import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// Magnesium: today's times around medicines, your products (and adding one), and the forms with their elemental share.
enum MagnesiumPage {
    /// What a product form saved: the sentence that says so, then the arithmetic.
    struct Added {
        var heading: HTML
        var lines: [String]
        var notices: [Notice]
    }

    static func render(
        schedule: MagnesiumSchedulePlanner.Outcome,
        day: LocalDate,
        products: [StoreSession.StoredProduct],
        forms: [SupplementForm],
        csrf: String?,
        added: Added?,
        message: String? = nil,
        failed: FormState? = nil
    ) -> HTML {
        var html: HTML = "<h1>Magnesium</h1>" + Pages.message(message)
        if let added {
            html +=
                "<div class=\"message\" role=\"status\"><p>\(added.heading)</p>"
                + added.lines.map { "<p>\($0)</p>" }.joined() + "</div>"
            html += added.notices.map(Pages.notice).joined()
        }
        html += scheduleSection(schedule, day: day)
        html += productsSection(products, forms: forms, csrf: csrf, failed: failed?.matching("product"))
        html += formsSection(forms)
        return html
    }

    static func scheduleSection(_ outcome: MagnesiumSchedulePlanner.Outcome, day: LocalDate) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"schedule\"><h2 id=\"schedule\">When to take magnesium today</h2>"
        switch outcome {
        case .refused(let notice):
            html += "<p>Twitchless doesn't plan magnesium times for you.</p>" + Pages.notice(notice)
        case .planned(let plan, let startHour, let endHour):
            let clock = MagnesiumSchedulePlanner.clock
            let planningDay = "\(clock(startHour * 3600)) and \(clock(endHour * 3600))"
            if plan.windows.isEmpty {
                html += "<p>None of your medicines needs magnesium kept apart from it, so any time between \(planningDay) suits today.</p>"
                html += "<p class=\"muted\">Add your medicines on the <a href=\"/medicines\">Medicines page</a> so Twitchless can check.</p>"
            } else {
                html +=
                    "<p>Medicine doses today: "
                    + (plan.doses.isEmpty
                        ? "none." : HTML.text(plan.doses.map { "\($0.medicine) at \($0.at.clockText)" }.joined(separator: ", ")) + ".") + "</p><ul>"
                for (name, window) in plan.windows.sorted(by: { $0.key < $1.key }) {
                    html += "<li>\(name.prefix(1).uppercased() + name.dropFirst()): \(window.plainText).</li>"
                }
                html += "</ul>"
                if let suggestion = plan.suggestion {
                    let free = plan.free.map { window -> String in
                        let from = clock(window.start)
                        let to = clock(window.end - 1)
                        return from == to ? from : "\(from)–\(to)"
                    }
                    html +=
                        "<p>Magnesium fits these times today: \(free.joined(separator: ", ")).</p><p><strong>A good time: \(clock(suggestion)).</strong></p>"
                } else {
                    html +=
                        "<p>No time between \(planningDay) keeps every gap today. Please ask your pharmacist how to fit magnesium around these medicines.</p>"
                }
            }
        }
        return html + "<p class=\"muted\">For \(day).</p></section>"
    }

    static func productsSection(_ products: [StoreSession.StoredProduct], forms: [SupplementForm], csrf: String?, failed: FormState? = nil) -> HTML {
        var html: HTML = "<section class=\"card\" aria-labelledby=\"products\"><h2 id=\"products\">Your products</h2>"
        if products.isEmpty {
            html += "<p>You haven't added any magnesium products yet.</p>"
        } else {
            html +=
                "<ul class=\"entries\">"
                + products.map { stored in
                    let product = stored.product
                    var line = "\(product.name): \(product.elementalText) elemental magnesium per \(product.servingUnit)"
                    if let form = product.form { line += " (\(form))" }
                    if product.kind == .medicine { line += ", a medicine" }
                    return
                        "<li><span>\(line)</span> <a href=\"/products/\(stored.id.rawValue)/edit\" aria-label=\"Change \(product.name)\">Change</a></li>"
                }.joined() + "</ul><p><a href=\"/log#supplement\">Log one you took</a></p>"
        }
        html +=
            "<h3>Add a product from its label</h3>"
            + "<p class=\"muted\">Most labels say \"Magnesium 100 mg (as glycinate)\": that 100 mg is elemental magnesium. If the label gives only the compound's weight (\"magnesium citrate 500 mg\"), give that and its form instead.</p>"
            + "<form method=\"post\" action=\"/magnesium/products\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + productFields(nil, forms: forms, failed: failed)
            + "<p><button type=\"submit\">Add the product</button></p></form></section>"
        return html
    }

    /// A product's fields, empty for a new one, filled in to change one.
    static func productFields(_ product: SupplementProduct?, forms: [SupplementForm], failed: FormState?) -> HTML {
        let fromLabel = product?.basis == .label
        let elemental = product.map { fromLabel ? DecimalText.format($0.elementalPerServing.value) : "" } ?? ""
        let compound = product.flatMap { fromLabel ? nil : $0.compoundPerServing.map { DecimalText.format($0.value) } } ?? ""
        // A product whose label named only the salt (its hydration state unknown) keeps that choice.
        var options = [("", "Not given")] + forms.map { ($0.id, "\($0.name) (\($0.percentText))") }
        if let form = product?.form, !forms.contains(where: { $0.id == form }) { options.append((form, form.sentenceCased)) }
        return
            Pages.field(
                "name",
                label: "Name",
                hint: "One you will recognise, like the name on the label.",
                value: product?.name ?? "",
                attributes: "required maxlength=\"100\"",
                failed: failed
            )
            + Pages.field(
                "elemental",
                label: "Elemental magnesium per serving, in mg",
                hint: "As on the label. Leave empty if you give the compound's weight.",
                value: elemental,
                attributes: "inputmode=\"decimal\" maxlength=\"12\"",
                failed: failed
            )
            + Pages.field(
                "compound",
                label: "Or: the compound's weight per serving, in mg",
                hint: "Only when the label gives no elemental amount.",
                value: compound,
                attributes: "inputmode=\"decimal\" maxlength=\"12\"",
                failed: failed
            )
            + Pages.select(
                "form",
                label: "Form",
                hint: "Needed with the compound's weight.",
                options: options,
                selected: product?.form ?? "",
                failed: failed
            )
            + "<label class=\"choice\"><input type=\"checkbox\" name=\"hydration_unknown\" value=\"yes\"\(failed.map { $0.isChecked("hydration_unknown") } ?? (product?.elementalPerServingLow != nil) ? " checked" : "")\(Pages.describedBy(nil, failed))>"
            + "<span>The label doesn't say which hydration state<span class=\"hint\">The range is kept and the higher value is used for the upper limit.</span></span></label>"
            + Pages.field(
                "unit",
                label: "One serving is",
                hint: "capsule, tablet, scoop, 15 ml…",
                value: product?.servingUnit ?? "capsule",
                attributes: "maxlength=\"40\"",
                failed: failed
            )
            + Pages.select(
                "kind",
                label: "Kind",
                options: [("supplement", "A supplement"), ("medicine", "A medicine (antacid, laxative)")],
                selected: product?.kind.rawValue ?? "supplement",
                failed: failed
            )
    }

    static func editForm(_ stored: StoreSession.StoredProduct, forms: [SupplementForm], csrf: String?, failed: FormState?) -> HTML {
        "<h1>Change \(stored.product.name)</h1><section class=\"card\" aria-labelledby=\"label\"><h2 id=\"label\">From its label</h2>"
            + "<p class=\"muted\">Intakes you already logged keep the amount they were logged with; a change here counts from the next one.</p>"
            + "<form method=\"post\" action=\"/products/\(stored.id.rawValue)\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + productFields(stored.product, forms: forms, failed: failed)
            + "<p><button type=\"submit\">Save changes</button> <a class=\"button secondary\" href=\"/magnesium#products\">Cancel</a></p></form></section>"
            + "<section aria-labelledby=\"delete\"><h2 id=\"delete\">No longer use it?</h2><p><a class=\"button secondary\" href=\"/products/\(stored.id.rawValue)/delete\">Delete this product</a></p></section>"
    }

    /// The one question before deleting a product: it takes its logged intakes with it.
    static func confirmDelete(_ found: ProductEditing.Consequences, csrf: String?) -> HTML {
        let name = found.product.product.name
        if let refusal = found.refusal {
            return "<h1>\(name) can't be deleted now</h1><div class=\"error\" role=\"alert\"><p>\(refusal.message)</p>"
                + NextStepLink.fixHTML(refusal.fix, next: refusal.next) + "</div><p><a href=\"/magnesium#products\">Back to Magnesium</a></p>"
        }
        var what: HTML = "\(name) will be deleted"
        if found.intakes > 0, let first = found.firstDay, let last = found.lastDay {
            let span = first == last ? "on \(first)" : "from \(first) to \(last)"
            what +=
                found.intakes == 1 ? ", with the 1 intake of it you logged \(span)" : ", with the \(found.intakes) intakes of it you logged \(span)"
            what += ". Your magnesium totals for those days will be lower"
        }
        return "<h1>Delete \(name)?</h1><p>\(what). Nothing else changes.</p>"
            + "<form method=\"post\" action=\"/products/\(found.product.id.rawValue)/delete\">\(HTML.csrfField(csrf))"
            + "<p><button type=\"submit\">Delete it</button> <a class=\"button secondary\" href=\"/products/\(found.product.id.rawValue)/edit\">Keep it</a></p></form>"
    }

    static func formsSection(_ forms: [SupplementForm]) -> HTML {
        var html: HTML =
            "<section class=\"card\" aria-labelledby=\"forms\"><h2 id=\"forms\">Magnesium forms</h2>"
            + "<p>Elemental magnesium as a share of the compound's weight. When a label states elemental magnesium, that figure always wins.</p>"
        for form in forms {
            html +=
                "<details><summary>\(form.name): \(form.percentText)</summary>"
                + "<p>Absorption: \(form.absorptionStatement)</p><p>Gut: \(form.gutStatement)</p>"
                + (form.notes.isEmpty ? "" : "<p>\(form.notes)</p>")
                + "<p class=\"source\">Sources: \(SourceLinks.html(form.citation.source + (form.absorptionSource.isEmpty ? "" : " ; " + form.absorptionSource)))</p></details>"
        }
        return html + "</section>"
    }
}
