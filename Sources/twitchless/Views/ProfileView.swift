import Foundation
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The profile with the reference values it implies, as text and JSON.
struct ProfileView {
    let profile: Profile
    let targets: IntakeTargets
    let book: NoticeBook
    let timeZone: String
    let emergency: EmergencyContact
    /// "GB, Britain (UK)".
    let countryName: String?

    struct JSON: Encodable {
        @Nullable var birth: String?
        @Nullable var age_years: Double?
        @Nullable var age_is_estimated: Bool?
        let sex: String
        let pregnancy: String
        let kidney_disease: String
        let time_zone: String
        let upper_limit_body: String
        @Nullable var country: String?
        let country_is_default: Bool
        @Nullable var emergency_number: String?
        let reference: MagnesiumReferenceJSON
        let notices: [Notice]
    }

    var json: JSON {
        JSON(
            birth: profile.birth?.text,
            age_years: targets.age.map { ($0.years * 10).rounded(.down) / 10 },
            age_is_estimated: targets.age?.isEstimated,
            sex: profile.sex.rawValue,
            pregnancy: profile.reproductiveStatus.rawValue,
            kidney_disease: profile.kidneyDisease.rawValue,
            time_zone: timeZone,
            upper_limit_body: profile.upperLimitBody.rawValue,
            country: emergency.country,
            country_is_default: profile.country == nil,
            emergency_number: emergency.number,
            reference: MagnesiumReferenceJSON(targets),
            notices: notices
        )
    }

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

/// The reference values block of `today --json` and `profile --json`.
struct MagnesiumReferenceJSON: Encodable {
    @Nullable var life_stage: String?
    @Nullable var rda_kind: String?
    @Nullable var rda_mg: Double?
    @Nullable var rda_mg_range: [Double]?
    let rda_sources: [String]
    @Nullable var supplement_ul_mg: Double?
    let supplement_ul_body: String
    @Nullable var supplement_ul_applies_to: String?
    @Nullable var supplement_ul_source: String?

    init(_ targets: IntakeTargets) {
        let recommended = targets.recommended
        life_stage = recommended?.lifeStage
        rda_kind = recommended?.kind.rawValue
        rda_mg = recommended?.single?.value
        rda_mg_range = recommended.flatMap { $0.single == nil ? [$0.low.value, $0.high.value] : nil }
        rda_sources = recommended?.citations.map(\.source) ?? []
        supplement_ul_mg = targets.upperLimit.limit?.value
        supplement_ul_body = targets.upperLimit.body == .us ? "US/IOM" : "EU/EFSA"
        supplement_ul_applies_to = targets.upperLimit.row?.appliesTo
        supplement_ul_source = targets.upperLimit.row?.citation.source
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
