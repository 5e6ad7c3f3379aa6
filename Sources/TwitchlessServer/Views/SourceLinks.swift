import Foundation
import TwitchlessReports

/// A source as people read it: each cited work by its title, linked to its address; the reference tables and policies
/// that ship with Twitchless by what they are, never by a file name.
enum SourceLinks {
    /// The reference files a source may name, and what each is.
    static let titles: [String: String] = [
        "POLICIES.md": "Twitchless's safety policies",
        "supplement_forms.csv": "Twitchless's table of magnesium forms",
        "medication_interactions.csv": "Twitchless's table of medicines and magnesium",
        "red_flags.csv": "Twitchless's table of warning signs",
        "triggers.csv": "Twitchless's table of triggers",
        "foods_magnesium.csv": "Twitchless's table of foods",
        "caffeine_sources.csv": "Twitchless's table of drinks",
        "magnesium_rda.csv": "Twitchless's table of recommended intakes",
        "magnesium_ul.csv": "Twitchless's table of upper limits",
        "reference_limits.csv": "Twitchless's table of everyday limits",
        "deficiency.csv": "Twitchless's table of low-magnesium risks",
        "evidence.md": "Twitchless's evidence notes",
        "emergency_numbers.csv": "Twitchless's table of emergency numbers",
        "medicine_brands.csv": "Twitchless's table of medicine brands",
    ]

    /// `source` split at " ; " into its works, each a link where it has an address.
    static func html(_ source: String) -> HTML {
        let parts = source.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.map(work).joined(separator: "; ")
    }

    /// One cited work.
    static func work(_ text: String) -> HTML {
        guard let range = text.range(of: #"https?://[^\s]+"#, options: .regularExpression) else { return HTML.text(files(text)) }
        var address = String(text[range])
        var after = String(text[range.upperBound...])
        // A closing bracket or a full stop right after an address belongs to the sentence, not to the address.
        while let last = address.last, ".,;".contains(last) || (last == ")" && !address.contains("(")) {
            after = String(last) + after
            address.removeLast()
        }
        var title = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        var opensBracket = false
        if title.hasSuffix("(") {
            title.removeLast()
            opensBracket = true
            if after.hasPrefix(")") { after.removeFirst() }
        }
        title = title.trimmingCharacters(in: CharacterSet(charactersIn: " ,:"))
        if title.isEmpty { title = URL(string: address)?.host.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 } ?? address }
        let link: HTML = "<a href=\"\(address)\">\(files(title))</a>"
        let rest = files(after).trimmingCharacters(in: .whitespaces)
        return link + (rest.isEmpty ? "" : HTML.text((opensBracket || rest.hasPrefix(",") || rest.hasPrefix(".") ? "" : " ") + rest))
    }

    /// The text with each reference file's name replaced by what the file is.
    static func files(_ text: String) -> String {
        var result = text
        for (file, title) in titles where result.contains(file) { result = result.replacingOccurrences(of: file, with: title) }
        return result
    }
}
