/// The person's reference values on one day: recommended intake and supplement upper limit.
public struct IntakeTargets: Hashable, Sendable {
    public var date: LocalDate
    public var age: Profile.Age?
    /// Nil when the age is not known.
    public var recommended: ReferenceIntake?
    public var upperLimit: UpperLimit
    /// Ids of `notices.csv` rows that explain how the values were chosen.
    public var noticeIDs: [NoticeID]
    /// When the age is unknown: the highest limit the chosen body sets for any age, so an amount above every
    /// limit can still be pointed out.
    public var highestLimitForAnyAge: Milligrams?

    /// Under 4 years: no supplement planning (POLICIES.md).
    public var allowsSupplementPlanning: Bool {
        !noticeIDs.contains(.youngChildNoSupplementPlanning) && !noticeIDs.contains(.infantNoSupplements)
    }

    public init(date: LocalDate, age: Profile.Age?, recommended: ReferenceIntake?, upperLimit: UpperLimit, noticeIDs: [NoticeID]) {
        self.date = date
        self.age = age
        self.recommended = recommended
        self.upperLimit = upperLimit
        self.noticeIDs = noticeIDs
    }
}
