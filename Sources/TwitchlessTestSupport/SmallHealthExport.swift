/// A small Apple Health export for import tests: a morning's caffeine, an evening's magnesium and a night's sleep,
/// all on 2026-11-20 (UTC).
public enum SmallHealthExport {
    public static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <HealthData locale="en_GB">
         <Record type="HKQuantityTypeIdentifierDietaryCaffeine" sourceName="App" unit="mg" startDate="2026-11-20 08:00:00 +0000" endDate="2026-11-20 08:00:00 +0000" value="95"/>
         <Record type="HKQuantityTypeIdentifierDietaryMagnesium" sourceName="App" unit="mg" startDate="2026-11-20 21:00:00 +0000" endDate="2026-11-20 21:00:00 +0000" value="150"/>
         <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2026-11-19 23:00:00 +0000" endDate="2026-11-20 06:30:00 +0000" value="HKCategoryValueSleepAnalysisAsleepCore"/>
        </HealthData>
        """
}
