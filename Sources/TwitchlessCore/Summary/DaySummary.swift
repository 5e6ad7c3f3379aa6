/// Everything about one local day: episodes, factors, magnesium against the reference values, and notices.
public struct DaySummary: Sendable {
    public var date: LocalDate
    public var isTracked: Bool
    public var dayLog: DayLog?
    public var episodes: [Episode]
    public var foods: [FoodIntake]
    public var supplements: [SupplementIntake]
    public var targets: IntakeTargets
    /// Magnesium from foods with a known value.
    public var foodMagnesium: Milligrams
    /// Foods logged whose SR28 entry has no magnesium value.
    public var foodsWithoutMagnesiumValue: Int
    /// Supplemental magnesium: logged products plus any daily amount reported without products.
    public var supplementMagnesium: Milligrams
    /// The lower end of supplemental magnesium when a product's hydration state is unknown (else equal).
    public var supplementMagnesiumLow: Milligrams
    public var notices: [Notice]

    public var totalMagnesium: Milligrams { foodMagnesium + supplementMagnesium }
    public var totalMagnesiumLow: Milligrams { foodMagnesium + supplementMagnesiumLow }
    /// True when the supplemental amount is a range.
    public var isSupplementRange: Bool { supplementMagnesiumLow != supplementMagnesium }

    /// Total as a percentage of the recommended intake (of the higher value of a range), or nil when unknown.
    public var percentOfRecommended: Double? {
        guard let target = targets.recommended?.target, target.micrograms > 0 else { return nil }
        return totalMagnesium.value / target.value * 100
    }

    /// The percentage for the lower end of a supplemental range.
    public var percentOfRecommendedLow: Double? {
        guard let target = targets.recommended?.target, target.micrograms > 0 else { return nil }
        return totalMagnesiumLow.value / target.value * 100
    }

    /// True when the person's kidney status means supplements need a doctor's agreement.
    public var profileNeedsDoctor: Bool

    /// True when supplemental magnesium is above an established upper limit.
    public var isOverUpperLimit: Bool {
        guard let limit = targets.upperLimit.limit else { return false }
        return supplementMagnesium > limit
    }

    public init(
        date: LocalDate,
        profile: Profile,
        targets: IntakeTargets,
        dayLog: DayLog?,
        episodes: [Episode],
        foods: [FoodIntake],
        supplements: [SupplementIntake],
        hasSupplementProducts: Bool,
        book: NoticeBook
    ) {
        self.date = date
        self.isTracked = dayLog?.isTracked ?? false
        self.profileNeedsDoctor = profile.kidneyDisease.needsDoctorForSupplements
        self.dayLog = dayLog
        self.episodes = episodes.sorted { $0.startedAt < $1.startedAt }
        self.foods = foods.sorted { $0.eatenAt < $1.eatenAt }
        self.supplements = supplements.sorted { $0.takenAt < $1.takenAt }
        self.targets = targets
        self.foodMagnesium = foods.isEmpty ? (dayLog?.importedFoodMagnesium ?? .zero) : foods.compactMap(\.magnesium).sum()
        self.foodsWithoutMagnesiumValue = foods.filter { $0.magnesium == nil }.count
        self.supplementMagnesium = supplements.map(\.elemental).sum() + (dayLog?.reportedSupplementMagnesium ?? .zero)
        self.supplementMagnesiumLow = supplements.map { $0.elementalLow ?? $0.elemental }.sum() + (dayLog?.reportedSupplementMagnesium ?? .zero)

        var notices = targets.noticeIDs.compactMap { book.notice($0) }
        if hasSupplementProducts || !supplements.isEmpty || dayLog?.reportedSupplementMagnesium != nil,
            let kidney = book.kidneyNotice(for: profile.kidneyDisease)
        {
            notices.append(kidney)
        }
        if case .established(let limit, let body, let row) = targets.upperLimit, supplementMagnesium > limit,
            var notice = book.notice(
                .doseOverUL,
                [
                    "date": date.description,
                    "amount": DecimalText.format(supplementMagnesium.value, digits: 1),
                    "body": body.displayName,
                    "limit": DecimalText.format(limit.value),
                    "life_stage": row.lifeStage,
                ]
            )
        {
            notice.source += " ; " + row.citation.source
            notices.append(notice)
        }
        if case .unknown(let body) = targets.upperLimit, let highest = targets.highestLimitForAnyAge, supplementMagnesium > highest,
            let notice = book.notice(
                .doseOverAnyUL,
                [
                    "date": date.description, "amount": DecimalText.format(supplementMagnesium.value, digits: 1),
                    "body": body.displayName, "limit": DecimalText.format(highest.value),
                ]
            )
        {
            notices.append(notice)
        }
        self.notices = notices.sortedByUrgency()
    }
}
