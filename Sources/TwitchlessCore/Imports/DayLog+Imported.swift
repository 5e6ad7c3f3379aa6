extension DayLog {
    /// This day log with another app's values filling the factors the person left empty.
    ///
    /// The person's own values always win. Imported supplement magnesium counts only on days with no supplement
    /// logged here, and imported food magnesium only on days with no food logged here, so nothing is counted twice.
    public func fillingGaps(from imported: ImportedDay, hasLoggedSupplements: Bool) -> DayLog {
        var day = self
        for (factor, value) in imported.values {
            switch factor {
            case .supplementMagnesiumMg:
                if day.reportedSupplementMagnesium == nil, !hasLoggedSupplements {
                    day.reportedSupplementMagnesium = Milligrams(value)
                    day.isSupplementMagnesiumImported = true
                }
            case .foodMagnesiumMg:
                day.importedFoodMagnesium = Milligrams(value)
            default:
                guard let dayFactor = factor.dayFactor, day.value(of: dayFactor) == nil else { continue }
                day.set(dayFactor, .number(value))
                day.importedFactors.insert(dayFactor)
            }
        }
        return day
    }
}
