public import TwitchlessCore

/// One row of `days.csv`: a tracked day's factors and its supplemental magnesium total.
public struct DayRecord: Hashable, Sendable {
    public var day: DayLog
    /// Elemental magnesium from supplements that day (the `magnesium_mg` column).
    public var supplementMagnesium: Milligrams?
    /// The line of the file the row came from (0 when not from a file).
    public var line: Int
    /// The factors whose columns the file has; a factor without a column says nothing about the stored value.
    public var columns: Set<DayFactor>
    /// Whether the file has the `magnesium_mg` column.
    public var hasMagnesiumColumn: Bool

    public init(
        day: DayLog,
        supplementMagnesium: Milligrams?,
        line: Int = 0,
        columns: Set<DayFactor> = Set(DayFactor.allCases),
        hasMagnesiumColumn: Bool = true
    ) {
        self.day = day
        self.supplementMagnesium = supplementMagnesium
        self.line = line
        self.columns = columns
        self.hasMagnesiumColumn = hasMagnesiumColumn
    }
}
