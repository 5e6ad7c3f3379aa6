import Testing
import TwitchlessReference

@testable import TwitchlessCore

@Suite("Picking the RDA/AI and the supplement upper limit (POLICIES.md)")
struct IntakeReferenceTests {
    let reference = try! ReferenceLibrary.shipped.intakeReference()
    let day = LocalDate(iso: "2026-11-24")!

    func profile(born: String, sex: Profile.Sex = .female, status: Profile.ReproductiveStatus = .none, body: Profile.UpperLimitBody = .us) -> Profile
    {
        Profile(birth: .date(LocalDate(iso: born)!), sex: sex, reproductiveStatus: status, upperLimitBody: body)
    }

    // Expected values are the rows of magnesium_rda.csv and magnesium_ul.csv (IOM 1997; EFSA).
    @Test(
        "Rows by exact age, sex and condition",
        arguments: [
            // birth date, sex, status, body, expected RDA low, high, UL (nil = not established)
            // 3 months: AI, no UL
            ("2026-08-01", Profile.Sex.female, Profile.ReproductiveStatus.none, Profile.UpperLimitBody.us, 30.0, 30.0, Double?.none),
            ("2026-05-24", .male, .none, .us, 75, 75, nil),  // exactly 6 months: 7-12 month row
            ("2023-11-25", .female, .none, .us, 80, 80, 65),  // 2.99 years: 1-3
            ("2022-11-24", .female, .none, .us, 130, 130, 110),  // 4th birthday today: 4-8
            ("2017-11-25", .male, .none, .us, 130, 130, 110),  // 8.99 years: still 4-8
            ("2017-11-24", .male, .none, .us, 240, 240, 350),  // 9th birthday
            ("2010-01-01", .male, .none, .us, 410, 410, 350),  // 16
            ("2010-01-01", .female, .none, .us, 360, 360, 350),
            ("1997-01-01", .female, .none, .us, 310, 310, 350),  // 29
            ("1988-04-02", .female, .none, .us, 320, 320, 350),  // 38
            ("1988-04-02", .male, .none, .us, 420, 420, 350),
            ("1950-01-01", .female, .none, .us, 320, 320, 350),  // 76: 51+
            ("1988-04-02", .unspecified, .none, .us, 320, 420, 350),  // no sex: range
            ("1988-04-02", .female, .pregnant, .us, 360, 360, 350),
            ("1988-04-02", .female, .breastfeeding, .us, 320, 320, 350),
            ("2000-01-01", .female, .pregnant, .us, 350, 350, 350),  // 26
            ("2013-01-01", .female, .pregnant, .us, 400, 400, 350),  // 13: 14-18 pregnancy row
            ("1970-01-01", .female, .pregnant, .us, 360, 360, 350),  // 56: 31-50 pregnancy row
            ("1988-04-02", .female, .none, .eu, 320, 320, 250),
            ("2023-11-25", .female, .none, .eu, 80, 80, nil),  // EU: none for 1-3
            ("2026-08-01", .female, .none, .eu, 30, 30, nil),
        ]
    )
    func rows(
        born: String,
        sex: Profile.Sex,
        status: Profile.ReproductiveStatus,
        body: Profile.UpperLimitBody,
        low: Double,
        high: Double,
        limit: Double?
    ) throws {
        let targets = reference.targets(for: profile(born: born, sex: sex, status: status, body: body), on: day)
        let recommended = try #require(targets.recommended)
        #expect(recommended.low.value == low)
        #expect(recommended.high.value == high)
        #expect(targets.upperLimit.limit?.value == limit)
        #expect(targets.upperLimit.body == body)
    }

    @Test("Infants and children under 4 get no supplement planning, and say why")
    func youngChildren() {
        let infant = reference.targets(for: profile(born: "2026-08-01"), on: day)
        #expect(infant.noticeIDs.contains(.infantNoSupplements))
        #expect(!infant.allowsSupplementPlanning)
        let toddler = reference.targets(for: profile(born: "2024-01-01"), on: day)
        #expect(toddler.noticeIDs == [.youngChildNoSupplementPlanning])
        let child = reference.targets(for: profile(born: "2020-01-01"), on: day)
        #expect(child.allowsSupplementPlanning)
    }

    @Test("Pregnancy above 50 says the tables end at 50")
    func tablesEnd() {
        let targets = reference.targets(for: profile(born: "1970-01-01", status: .pregnant), on: day)
        #expect(targets.noticeIDs.contains(.tablesEndAt50))
    }

    @Test("Without a birth date, nothing is guessed")
    func noBirth() {
        let targets = reference.targets(for: Profile(), on: day)
        #expect(targets.recommended == nil)
        #expect(targets.upperLimit.limit == nil)
        #expect(targets.noticeIDs == [.profileNeedsBirth])
    }

    @Test("A birth year alone is taken as 1 July of that year")
    func birthYear() {
        let year = Profile.Birth.year(1988).age(on: day)
        #expect(year.isEstimated)
        #expect(Int(year.years) == 38)
        let boundary = Profile.Birth.year(2008).age(on: LocalDate(iso: "2026-06-30")!)
        #expect(Int(boundary.years) == 17)
    }
}
