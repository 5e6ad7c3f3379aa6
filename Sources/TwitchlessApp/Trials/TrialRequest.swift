/// What a person asks for when designing a trial (the CLI's options, the web form's fields).
package struct TrialRequest: Sendable, Codable {
    package var product: String
    package var servings: Double = 1
    package var blocks: Int = 6
    package var periodDays: Int = 14
    package var washoutDays: Int = 4
    package var placebo = false
    /// The first day (YYYY-MM-DD); nil for tomorrow.
    package var start: String?

    package init(
        product: String,
        servings: Double = 1,
        blocks: Int = 6,
        periodDays: Int = 14,
        washoutDays: Int = 4,
        placebo: Bool = false,
        start: String? = nil
    ) {
        self.product = product
        self.servings = servings
        self.blocks = blocks
        self.periodDays = periodDays
        self.washoutDays = washoutDays
        self.placebo = placebo
        self.start = start
    }
}
