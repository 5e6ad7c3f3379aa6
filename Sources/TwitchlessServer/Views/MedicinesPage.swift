import Foundation
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports

/// Medicines: what you take, what the sources say about it and magnesium, adding and removing.
enum MedicinesPage {
    struct Entry {
        var medicine: Medicine
        var isInEffect: Bool
        var window: TimingWindow?
        var isKnown: Bool
    }

    static func render(_ entries: [Entry], csrf: String?, message: String?, notices: [Notice], failed: FormState? = nil) -> HTML {
        let failed = failed?.matching("medicine")
        var html = notices.filter { $0.severity == .emergency }.map(Pages.notice).joined()
        html += "<h1>Medicines</h1>" + Pages.message(message)
        html += notices.filter { $0.severity != .emergency }.map(Pages.notice).joined()
        html += "<section class=\"card\" aria-labelledby=\"list\"><h2 id=\"list\">Your medicines</h2>"
        if entries.isEmpty {
            html += "<p>You haven't added any medicines. Adding them lets Twitchless keep magnesium apart from those it affects.</p>"
        } else {
            html += "<ul>"
            for entry in entries {
                let medicine = entry.medicine
                var line = "\(medicine.name): \(medicine.schedule.description)"
                if let start = medicine.startDate { line += ", from \(start)" }
                if let end = medicine.endDate { line += " until \(end)" }
                if !entry.isInEffect { line += " (not in effect today)" }
                html += "<li><p>\(line)</p>"
                if let window = entry.window {
                    html += "<p class=\"muted\">With magnesium: \(window.plainText).</p>"
                } else if !entry.isKnown {
                    html +=
                        "<p class=\"muted\">Unknown to Twitchless: it can't say whether this interacts with magnesium. That is not an all-clear: please ask your pharmacist.</p>"
                }
                let query = Self.query(medicine.name)
                html +=
                    "<p><a class=\"button secondary\" href=\"/medicines/edit?name=\(query)\" aria-label=\"Change \(medicine.name)\">Change</a> "
                    + "<a class=\"button secondary\" href=\"/medicines/remove?name=\(query)\" aria-label=\"Remove \(medicine.name)\">Remove</a></p></li>"
            }
            html += "</ul><p><a href=\"/magnesium#schedule\">See today's magnesium times</a></p>"
        }
        html +=
            "</section><section class=\"card\" aria-labelledby=\"add\"><h2 id=\"add\">Add a medicine</h2>"
            + "<p class=\"muted\">Use the generic name on the box or leaflet (levothyroxine, not a brand name). Adding a medicine with the same name again replaces it.</p>"
            + "<form method=\"post\" action=\"/medicines\">\(HTML.csrfField(csrf))" + (failed?.alert ?? "")
            + fields(nil, failed: failed)
            + "<p><button type=\"submit\">Add the medicine</button></p></form></section>"
        return html
    }

    /// The medicine's name for an address.
    static func query(_ name: String) -> String { name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name }

    /// The fields of a medicine: its name, when it is taken, its course and its product; filled in for a change.
    static func fields(_ medicine: Medicine?, failed: FormState?) -> HTML {
        Pages.field(
            "name",
            label: "Generic name",
            value: medicine?.name ?? "",
            attributes: "required maxlength=\"100\" autocomplete=\"off\"",
            failed: failed
        )
            + Pages.field(
                "schedule",
                label: "When you take it",
                hint: "Daily times like 07:00 or 08:00,20:00; or weekly monday 06:30; or monthly 1 07:00.",
                value: medicine?.schedule.storageText ?? "",
                attributes: "required maxlength=\"60\"",
                failed: failed
            )
            + Pages.field(
                "start",
                label: "First day (optional)",
                hint: "Like 2026-11-01.",
                type: "date",
                value: medicine?.startDate?.description ?? "",
                failed: failed
            )
            + Pages.field(
                "end",
                label: "Last day (optional)",
                hint: "For a course such as antibiotics.",
                type: "date",
                value: medicine?.endDate?.description ?? "",
                failed: failed
            )
            + Pages.field(
                "product",
                label: "Which product (only if Twitchless asks)",
                hint: "Some medicines come in versions the sources treat differently.",
                value: medicine?.chosenRule ?? "",
                attributes: "maxlength=\"80\"",
                failed: failed
            )
    }

    static func editForm(_ medicine: Medicine, csrf: String?, failed: FormState?) -> HTML {
        "<h1>Change \(medicine.name)</h1><section class=\"card\" aria-labelledby=\"change\"><h2 id=\"change\">The medicine</h2>"
            + "<form method=\"post\" action=\"/medicines/edit\">\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"original\" value=\"\(medicine.name)\">"
            + (failed?.alert ?? "") + fields(medicine, failed: failed)
            + "<p><button type=\"submit\">Save changes</button> <a class=\"button secondary\" href=\"/medicines\">Cancel</a></p></form></section>"
    }

    static func confirmRemove(_ medicine: Medicine, csrf: String?) -> HTML {
        "<h1>Remove \(medicine.name)?</h1><p>\(medicine.name) (\(medicine.schedule.description)) will be removed from your medicines, so Twitchless will no longer keep magnesium apart from it. Nothing else changes.</p>"
            + "<form method=\"post\" action=\"/medicines/remove\">\(HTML.csrfField(csrf))<input type=\"hidden\" name=\"name\" value=\"\(medicine.name)\">"
            + "<p><button type=\"submit\">Remove it</button> <a class=\"button secondary\" href=\"/medicines\">Keep it</a></p></form>"
    }
}
