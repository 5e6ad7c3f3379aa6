/// Picks the recommended intake and the supplement upper limit for a person, following POLICIES.md.
public struct IntakeReference: Sendable {
    public var recommendedRows: [MagnesiumRDARow]
    public var upperLimitRows: [MagnesiumULRow]
    public var policy: ReferencePolicy

    public init(recommendedRows: [MagnesiumRDARow], upperLimitRows: [MagnesiumULRow], policy: ReferencePolicy) {
        self.recommendedRows = recommendedRows
        self.upperLimitRows = upperLimitRows
        self.policy = policy
    }

    /// The reference values that apply to `profile` on `date`.
    public func targets(for profile: Profile, on date: LocalDate) -> IntakeTargets {
        guard let age = profile.birth?.age(on: date) else {
            var targets = IntakeTargets(
                date: date,
                age: nil,
                recommended: nil,
                upperLimit: .unknown(body: profile.upperLimitBody),
                noticeIDs: [.profileNeedsBirth]
            )
            targets.highestLimitForAnyAge = upperLimitRows.filter { $0.jurisdiction == profile.upperLimitBody.jurisdiction }.compactMap(\.limit).max()
            return targets
        }
        var notices: [NoticeID] = []
        var profile = profile
        if age.years < policy.supplementPlanningMinAgeYears { profile.reproductiveStatus = .none }
        let recommended = recommendedIntake(profile: profile, ageYears: age.years, notices: &notices)
        let limit = upperLimit(profile: profile, ageYears: age.years)
        if age.years < policy.infantAgeBelowYears {
            notices.append(.infantNoSupplements)
        } else if age.years < policy.supplementPlanningMinAgeYears {
            notices.append(.youngChildNoSupplementPlanning)
        }
        return IntakeTargets(date: date, age: age, recommended: recommended, upperLimit: limit, noticeIDs: notices)
    }

    /// The condition name used by both tables.
    static func condition(of profile: Profile) -> String {
        switch profile.reproductiveStatus {
        case .none: "none"
        case .pregnant: "pregnancy"
        case .breastfeeding: "lactation"
        }
    }

    /// The row with the largest minimum age not above `age`; for conditions, the youngest row below it
    /// and the oldest row above it (POLICIES.md: pregnancy and lactation).
    static func pick<Row>(_ rows: [Row], age: Double, minAge: (Row) -> Double, clampBelow: Bool) -> Row? {
        let sorted = rows.sorted { minAge($0) < minAge($1) }
        if let row = sorted.last(where: { minAge($0) <= age }) { return row }
        return clampBelow ? sorted.first : nil
    }

    func recommendedIntake(profile: Profile, ageYears: Double, notices: inout [NoticeID]) -> ReferenceIntake? {
        let condition = Self.condition(of: profile)
        var picked: [MagnesiumRDARow] = []
        if condition != "none" {
            let rows = recommendedRows.filter { $0.condition == condition }
            if let row = Self.pick(rows, age: ageYears, minAge: \.ageMinYears, clampBelow: true) {
                picked = [row]
                if let lastEnd = rows.compactMap(\.ageMaxYears).max(), ageYears >= lastEnd + 1 {
                    notices.append(.tablesEndAt50)
                }
            }
        }
        if picked.isEmpty {
            let sexes = profile.sex == .unspecified ? ["female", "male"] : [profile.sex.rawValue]
            for sex in sexes {
                let rows = recommendedRows.filter { $0.condition == "none" && ($0.sex == sex || $0.sex == "any") }
                if let row = Self.pick(rows, age: ageYears, minAge: \.ageMinYears, clampBelow: false) {
                    picked.append(row)
                }
            }
        }
        guard let first = picked.first else { return nil }
        let values = picked.map(\.value)
        var citations: [SourceCitation] = []
        for row in picked where !citations.contains(row.citation) { citations.append(row.citation) }
        return ReferenceIntake(
            low: values.min()!,
            high: values.max()!,
            kind: first.kind,
            lifeStage: first.lifeStage,
            citations: citations
        )
    }

    func upperLimit(profile: Profile, ageYears: Double) -> UpperLimit {
        let body = profile.upperLimitBody
        let rows = upperLimitRows.filter { $0.jurisdiction == body.jurisdiction }
        let condition = Self.condition(of: profile)
        var row: MagnesiumULRow?
        if condition != "none" {
            let conditionRows = rows.filter { $0.condition == condition }
            row = Self.pick(conditionRows, age: ageYears, minAge: \.ageMinYears, clampBelow: true)
        }
        if row == nil {
            let general = rows.filter { $0.condition == "none" || $0.condition == "any" }
            row = Self.pick(general, age: ageYears, minAge: \.ageMinYears, clampBelow: false)
        }
        guard let row else { return .notEstablished(body: body, row: nil) }
        if let limit = row.limit { return .established(limit, body: body, row: row) }
        return .notEstablished(body: body, row: row)
    }
}
