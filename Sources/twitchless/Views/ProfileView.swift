import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The profile with the reference values it implies, as text.
struct ProfileView {
    let profile: Profile
    let targets: IntakeTargets
    let book: NoticeBook
    let timeZone: String
    let emergency: EmergencyContact
    /// "GB, Britain (UK)".
    let countryName: String?

    var notices: [Notice] {
        var list = targets.noticeIDs.compactMap { book.notice($0) }
        if let kidney = book.kidneyNotice(for: profile.kidneyDisease) { list.append(kidney) }
        return list.sortedByUrgency()
    }

    var text: String {
        var lines: [String] = []
        let birth =
            profile.birth.map { birth -> String in
                guard let age = targets.age else { return birth.text }
                return "\(birth.text) (age \(Int(age.years.rounded(.down)))\(age.isEstimated ? ", estimated from the year" : ""))"
            } ?? "not set"
        lines.append("Birth:          \(birth)")
        lines.append("Sex:            \(profile.sex.rawValue)")
        lines.append("Pregnancy:      \(profile.reproductiveStatus.rawValue)")
        lines.append("Kidney disease: \(profile.kidneyDisease.rawValue.replacingOccurrences(of: "_", with: " "))")
        lines.append("Time zone:      \(timeZone)\(profile.timeZone == nil ? " (this computer's)" : "")")
        lines.append("Upper limit:    \(profile.upperLimitBody.displayName)")
        let country = countryName.map { $0 + (profile.country == nil ? " (from the time zone)" : "") } ?? "not known (set it with --country)"
        lines.append("Country:        \(country)")
        lines.append("Emergencies:    call \(emergency.spoken)")
        lines.append("")
        lines.append(contentsOf: ReferenceLines.describe(targets))
        for notice in notices {
            lines.append("")
            lines.append(NoticeLines.render(notice))
        }
        return lines.joined(separator: "\n")
    }
}

/// Plain sentences for the reference values.
enum ReferenceLines {
    static func describe(_ targets: IntakeTargets) -> [String] {
        var lines: [String] = []
        if let recommended = targets.recommended {
            let kind = recommended.kind == .rda ? "Recommended Dietary Allowance (RDA)" : "Adequate Intake (AI)"
            var line = "Your magnesium \(kind): \(recommended.text) a day, from all sources (\(recommended.lifeStage))."
            if recommended.single == nil { line += " Your sex isn't set, so both values are shown; suggestions use the higher one." }
            lines.append(Output.wrap(line))
        }
        switch targets.upperLimit {
        case .established(let limit, let body, _):
            lines.append(
                Output.wrap(
                    "Upper limit for supplements: \(limit.rounded) mg a day, set by the \(body.displayName). It counts magnesium from supplements and medicines such as antacids and laxatives only, never from food."
                )
            )
        case .notEstablished(let body, _):
            lines.append(
                Output.wrap(
                    "Upper limit for supplements: the \(body.displayName) sets none for your life stage. Supplements are for a doctor to decide."
                )
            )
        case .unknown:
            break
        }
        return lines
    }
}

/// A notice as indented text: the message, what to do, and the source.
enum NoticeLines {
    static func render(_ notice: Notice) -> String {
        let marker: String =
            switch notice.severity {
            case .emergency: "EMERGENCY"
            case .urgent: "Urgent"
            case .warning: "Please note"
            case .info: "Note"
            }
        var text = Output.wrap("\(marker): \(notice.message)", indent: "  ")
        for line in NextStepCommand.lines(fix: notice.fix, next: notice.next) { text += "\n" + Output.wrap(line, indent: "  ") }
        text += "\n" + Output.wrap("Source: \(notice.source)", indent: "    ")
        return text
    }
}
