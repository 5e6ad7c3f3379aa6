import Foundation
import Testing
import TwitchlessCore

@testable import TwitchlessIO

/// A small export with the quirks real ones have, built in code so every expected value can be worked out by hand.
enum SampleExport {
    static func record(
        _ type: String,
        source: String = "iPhone",
        unit: String? = nil,
        start: String,
        end: String? = nil,
        value: String? = nil,
        children: String = ""
    ) -> String {
        var text = #" <Record type="HKQuantityTypeIdentifier\#(type)" sourceName="\#(source)""#
        if type.hasPrefix("Category:") {
            text = #" <Record type="HKCategoryTypeIdentifier\#(type.dropFirst("Category:".count))" sourceName="\#(source)""#
        }
        if let unit { text += #" unit="\#(unit)""# }
        text += #" creationDate="\#(start)" startDate="\#(start)" endDate="\#(end ?? start)""#
        if let value { text += #" value="\#(value)""# }
        return children.isEmpty ? text + "/>\n" : text + ">\n" + children + " </Record>\n"
    }

    static func sleep(_ value: String, source: String, _ start: String, _ end: String) -> String {
        record("Category:SleepAnalysis", source: source, start: start, end: end, value: "HKCategoryValueSleepAnalysis" + value)
    }

    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE HealthData [
        <!-- HealthKit Export Version: 12 -->
        <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>
        <!ATTLIST VisionPrescription
          type CDATA #REQUIRED
          dateIssued CDATA #REQUIRED
        <!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
        ]>
        <HealthData locale="en_GB">
         <ExportDate value="2024-06-30 10:00:00 +0100"/>
         <Me HKCharacteristicTypeIdentifierDateOfBirth="" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>

        """

    /// The body of the first export: one night, one day of drinks, relaxation and a workout, and things to leave out.
    static let body = [
        record(
            "HeartRate",
            source: "Apple Watch",
            unit: "count/min",
            start: "2024-06-10 07:00:00 +0100",
            value: "64.2771",
            children: #"  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>"# + "\n"
        ),
        // The night ending on 10 June: watch stages, the phone's time in bed, and a sleep app, overlapping.
        sleep("AsleepCore", source: "Apple Watch", "2024-06-09 23:00:00 +0100", "2024-06-10 01:00:00 +0100"),
        sleep("AsleepDeep", source: "Apple Watch", "2024-06-10 01:00:00 +0100", "2024-06-10 02:00:00 +0100"),
        sleep("AsleepREM", source: "Apple Watch", "2024-06-10 02:00:00 +0100", "2024-06-10 03:00:00 +0100"),
        sleep("Awake", source: "Apple Watch", "2024-06-10 03:00:00 +0100", "2024-06-10 03:10:00 +0100"),
        sleep("AsleepCore", source: "Apple Watch", "2024-06-10 03:10:00 +0100", "2024-06-10 06:30:00 +0100"),
        sleep("InBed", source: "iPhone", "2024-06-09 22:45:00 +0100", "2024-06-10 06:45:00 +0100"),
        sleep("AsleepUnspecified", source: "Sleep\u{0B}App", "2024-06-09 23:05:00 +0100", "2024-06-10 06:20:00 +0100"),
        // Caffeine: 95 mg, its exact duplicate, and 0.08 g.
        record("DietaryCaffeine", source: "Coffee App", unit: "mg", start: "2024-06-10 08:00:00 +0100", value: "95"),
        record("DietaryCaffeine", source: "Coffee App", unit: "mg", start: "2024-06-10 08:00:00 +0100", value: "95"),
        record("DietaryCaffeine", source: "Coffee App", unit: "g", start: "2024-06-10 14:00:00 +0100", value: "0.08"),
        // A unit no one can convert, and a record from a phone whose clock was wrong.
        record("DietaryCaffeine", source: "Odd App", unit: "cup", start: "2024-06-10 15:00:00 +0100", value: "1"),
        record("DietaryCaffeine", source: "Coffee App", unit: "mg", start: "2030-01-06 08:00:00 +0100", value: "40"),
        // A correlation's nested copy of the 95 mg record.
        #" <Correlation type="HKCorrelationTypeIdentifierFood" sourceName="Coffee App" creationDate="2024-06-10 08:00:00 +0100" startDate="2024-06-10 08:00:00 +0100" endDate="2024-06-10 08:00:00 +0100">"#
            + "\n"
            + "  " + record("DietaryCaffeine", source: "Coffee App", unit: "mg", start: "2024-06-10 08:00:00 +0100", value: "95")
            + " </Correlation>\n",
        record("DietaryWater", source: "Water App", unit: "mL", start: "2024-06-10 09:00:00 +0100", value: "500"),
        record("DietaryWater", source: "Water App", unit: "fl_oz_us", start: "2024-06-10 13:00:00 +0100", value: "16.907011785"),
        record("DietaryMagnesium", source: "Supplement App", unit: "mg", start: "2024-06-10 21:00:00 +0100", value: "200"),
        record("NumberOfAlcoholicBeverages", source: "Health", unit: "count", start: "2024-06-10 20:00:00 +0100", value: "2"),
        // Relaxation: 12:00-12:10 on the watch, 12:05-12:12 on the phone: 12 minutes.
        record(
            "Category:MindfulSession",
            source: "Apple Watch",
            start: "2024-06-10 12:00:00 +0100",
            end: "2024-06-10 12:10:00 +0100",
            value: "HKCategoryValueNotApplicable"
        ),
        record("Category:MindfulSession", source: "iPhone", start: "2024-06-10 12:05:00 +0100", end: "2024-06-10 12:12:00 +0100"),
        """
         <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" sourceName="Apple Watch" creationDate="2024-06-10 18:40:00 +0100" startDate="2024-06-10 18:00:00 +0100" endDate="2024-06-10 18:35:00 +0100">
          <MetadataEntry key="HKTimeZone" value="Europe/London"/>
          <WorkoutEvent type="HKWorkoutEventTypePause" date="2024-06-10 18:10:00 +0100"/>
          <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2024-06-10 18:00:00 +0100" endDate="2024-06-10 18:35:00 +0100" sum="300" unit="Cal"/>
         </Workout>

        """,
    ].joined()

    static let footer = "</HealthData>\n"

    static var text: String { header + body + footer }

    static let clock = try! ZonedClock(identifier: "Europe/London")
    /// 2024-07-01T12:00:00Z
    static let now: Int64 = 1_719_835_200

    static func read(_ text: String, chunkSize: Int = 1 << 20) throws -> AppleHealthImport.Reading {
        try AppleHealthImport.read(bytes: Array(text.utf8), chunkSize: chunkSize, clock: clock, now: now)
    }
}

@Suite("Apple Health export reading")
struct AppleHealthTests {
    let june10 = LocalDate(year: 2024, month: 6, day: 10)!

    @Test("Sleep, drinks, magnesium, relaxation and a workout come out per day, overlaps merged and copies counted once")
    func values() throws {
        let reading = try SampleExport.read(SampleExport.text)
        let day = try #require(reading.days[june10])
        // 23:00-03:00 (watch) + the sleep app's 03:00-03:10 + 03:10-06:30 (watch): 7.5 hours, not the sum of sources.
        #expect(day[.sleep] == 7.5)
        #expect(day[.caffeine] == 175)
        #expect(abs(day[.water]! - 1.0) < 0.001)
        #expect(day[.magnesium] == 200)
        #expect(day[.alcohol] == 2)
        #expect(day[.mindful] == 12)
        // The workout lasted 35 minutes on the clock but 30 of them moving.
        #expect(day[.workout] == 30)
        #expect(reading.days.count == 1)
        #expect(reading.tallies[.caffeine]?.duplicates == 1)
        #expect(reading.tallies[.caffeine]?.future == 1)
        #expect(reading.unknownUnits == ["caffeine cup": 1])
        #expect(reading.correlationCopies == 1)
        #expect(reading.notAsleepRecords == 2)
        #expect(reading.otherRecords == 1)
        #expect(reading.exportDate?.iso8601 == "2024-06-30T10:00:00+01:00")
    }

    @Test("Chunk boundaries anywhere give the same result", arguments: [1, 2, 7, 64, 4096])
    func chunkBoundaries(size: Int) throws {
        let whole = try SampleExport.read(SampleExport.text)
        let chunked = try SampleExport.read(SampleExport.text, chunkSize: size)
        #expect(chunked.days == whole.days)
        #expect(chunked.tallies == whole.tallies)
        #expect(chunked.correlationCopies == whole.correlationCopies)
    }

    @Test("A record's day comes from its instant in a named zone, not from the date text")
    func dayFromZone() throws {
        let body = [
            // Printed with the summer offset of the export, but 15 January 00:30 +01:00 is 14 January 23:30 in London.
            SampleExport.record("DietaryCaffeine", unit: "mg", start: "2024-01-15 00:30:00 +0100", value: "80"),
            // A workout recorded in New York: 1 March 01:00 +01:00 is 29 February 19:00 there.
            """
             <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="20" durationUnit="min" sourceName="Apple Watch" startDate="2024-03-01 01:00:00 +0100" endDate="2024-03-01 01:20:00 +0100">
              <MetadataEntry key="HKTimeZone" value="America/New_York"/>
             </Workout>

            """,
            // The night the clocks went forward: 23:00 GMT to 07:00 BST is 7 hours asleep, not 8.
            SampleExport.sleep("Asleep", source: "Watch", "2024-03-31 00:00:00 +0100", "2024-03-31 07:00:00 +0100"),
        ].joined()
        let reading = try SampleExport.read(SampleExport.header + body + SampleExport.footer)
        #expect(reading.days[LocalDate(year: 2024, month: 1, day: 14)!]?[.caffeine] == 80)
        #expect(reading.days[LocalDate(year: 2024, month: 1, day: 15)!] == nil)
        #expect(reading.days[LocalDate(year: 2024, month: 2, day: 29)!]?[.workout] == 20)
        #expect(reading.days[LocalDate(year: 2024, month: 3, day: 31)!]?[.sleep] == 7)
    }

    @Test("The iOS 8 form: source=, compact dates, numeric sleep values, attribute names with spaces")
    func legacyFormat() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <HealthData locale="de_DE">
             <ExportDate value="20150915113529+0200"/>
             <Record type="HKQuantityTypeIdentifierBodyMassIndex" source="Withings" unit="count" startDate="20150718103801+0200" endDate="20150718103801+0200" Health Mate App Version="2.6.2" Withings User Identifier="7985588" value="22.5"/>
             <Record type="HKCategoryTypeIdentifierSleepAnalysis" source="Sleep Cycle" unit="" creationDate="20150602043558+0100" startDate="20150601215104+0100" endDate="20150602043558+0100" sessionId="p2" value="1"/>
             <Record type="HKCategoryTypeIdentifierSleepAnalysis" source="UP" unit="" startDate="20141202014500+0200" endDate="20141202102500+0200"/>
             <Record type="HKQuantityTypeIdentifierDietaryCaffeine" source="Caf &amp;amp; Co" unit="mg" startDate="20150601080000+0100" endDate="20150601080000+0100" value="120.000000000000001"/>
            </HealthData>
            """
        let reading = try SampleExport.read(text)
        // 21:51:04 to 04:35:58 is 6 h 44 min 54 s.
        #expect(reading.days[LocalDate(year: 2015, month: 6, day: 2)!]?[.sleep] == 6.748)
        #expect(reading.days[LocalDate(year: 2015, month: 6, day: 1)!]?[.caffeine] == 120)
        #expect(reading.tallies[.sleep]?.invalid == 1)
        #expect(reading.otherRecords == 1)
        #expect(reading.exportDate?.iso8601 == "2015-09-15T11:35:29+02:00")
    }

    @Test(
        "Damaged or foreign files stop with a plain message",
        arguments: [
            ("<?xml version=\"1.0\"?>\n<rss><channel/></rss>", "not an Apple Health export"),
            ("just some text", "not an Apple Health export"),
            ("", "not an Apple Health export"),
        ]
    )
    func foreign(text: String, message: String) throws {
        #expect { try SampleExport.read(text) } throws: { ($0 as? TwitchlessError)?.message.contains(message) == true }
    }

    @Test("A file cut off anywhere after the root began is reported as cut off", arguments: [0.2, 0.5, 0.9, 0.999])
    func truncated(fraction: Double) throws {
        let bytes = Array(SampleExport.text.utf8)
        let cut = String(decoding: bytes.prefix(Int(Double(bytes.count) * fraction)), as: UTF8.self)
        #expect { try SampleExport.read(cut) } throws: { ($0 as? TwitchlessError)?.message.contains("ends early") == true }
    }

    @Test("A record that lasts days or ends in the future is a clock error, not weeks of sleep")
    func clockErrors() throws {
        let body = [
            SampleExport.sleep("Asleep", source: "Watch", "2024-06-01 23:00:00 +0100", "2024-06-09 07:00:00 +0100"),
            SampleExport.record("Category:MindfulSession", source: "Watch", start: "2024-06-20 10:00:00 +0100", end: "2030-01-06 10:00:00 +0100"),
            SampleExport.sleep("Asleep", source: "Watch", "2024-06-10 23:00:00 +0100", "2024-06-11 07:00:00 +0100"),
        ].joined()
        let reading = try SampleExport.read(SampleExport.header + body + SampleExport.footer)
        #expect(reading.days.count == 1)
        #expect(reading.days[LocalDate(year: 2024, month: 6, day: 11)!]?[.sleep] == 8)
        #expect(reading.tallies[.sleep]?.invalid == 1)
        #expect(reading.tallies[.mindful]?.future == 1)
        #expect(reading.tallies[.sleep]?.first == LocalDate(year: 2024, month: 6, day: 11))
    }

    @Test("A file cut off inside its DOCTYPE is reported as cut off")
    func truncatedInDoctype() throws {
        let cut = String(SampleExport.header.prefix(120))
        #expect { try SampleExport.read(cut) } throws: { ($0 as? TwitchlessError)?.message.contains("ends early") == true }
    }

    @Test("A tag that never closes doesn't grow memory without bound")
    func runawayTag() throws {
        var scanner = XMLByteScanner()
        struct Ignore: XMLScanHandler {
            mutating func startElement(_ name: XMLBytes, _ attributes: XMLAttributes, depth: Int) throws {}
            mutating func endElement(depth: Int) throws {}
        }
        var handler = Ignore()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        try Array("<HealthData><Record type=\"".utf8).withUnsafeBytes { try scanner.feed($0, into: &handler) }
        #expect(throws: TwitchlessError.self) {
            for _ in 0..<70 { try chunk.withUnsafeBytes { try scanner.feed($0, into: &handler) } }
        }
    }

    @Test("Attribute values decode entities and survive bytes that are not UTF-8")
    func attributeText() throws {
        let text = Array(#"a="Caf&amp;amp; &#233;t&#xE9; &lt;&gt;" b='x' c = "1.5" bad="\#u{FF}""#.utf8) + [0xFF]
        try text.withUnsafeBufferPointer { buffer in
            let attributes = XMLAttributes(base: buffer.baseAddress!, count: buffer.count)
            #expect(attributes.value(Array("a".utf8))?.text == "Caf&amp; été <>")
            #expect(attributes.value(Array("b".utf8))?.text == "x")
            #expect(attributes.value(Array("c".utf8))?.double == 1.5)
            _ = attributes.value(Array("bad".utf8))?.text
        }
    }
}
