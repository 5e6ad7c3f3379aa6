/// The gentle food-first suggestion when recent total intake is below the RDA/AI (POLICIES.md: Below the RDA/AI).
///
/// The average counts only days on which at least one food was logged (a day without food logged is unknown, not
/// 0 mg) and needs enough such days.
public struct FoodFirstSuggestion: Sendable {
    public var windowDays: Int
    public var minimumFoodDays: Int

    public init(windowDays: Int, minimumFoodDays: Int) {
        self.windowDays = windowDays
        self.minimumFoodDays = minimumFoodDays
    }

    /// The notice, or nil when there aren't enough days with food or the average reaches the target.
    /// - Parameters:
    ///   - totals: total magnesium (food and supplements) per date that had food logged, within the window.
    ///   - foods: the short list of good sources; three are named, changing week by week.
    public func notice(
        today: LocalDate,
        totals: [LocalDate: Milligrams],
        target: ReferenceIntake?,
        foods: [MagnesiumFoodSource],
        book: NoticeBook
    ) -> Notice? {
        let window = today.adding(days: -(windowDays - 1))...today
        let days = totals.filter { window.contains($0.key) }
        guard let target, days.count >= minimumFoodDays, !foods.isEmpty else { return nil }
        let average = days.values.map(\.value).reduce(0, +) / Double(days.count)
        guard average < target.target.value else { return nil }
        let start = (today.dayNumber / 7 * 3) % foods.count
        let named = (0..<min(3, foods.count)).map { foods[(start + $0) % foods.count] }
            .map { "\($0.food.lowercased()) (\($0.serving), \($0.amountText))" }
        return book.notice(
            .foodFirst,
            [
                "days": String(days.count), "average": DecimalText.format(average, digits: 0),
                "kind": target.kind.rawValue, "target": DecimalText.format(target.target.value), "foods": named.joined(separator: "; "),
            ]
        )
    }
}
