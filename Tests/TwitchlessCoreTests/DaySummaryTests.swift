import Foundation
import Testing
import TwitchlessReference

@testable import TwitchlessCore

@Suite("A day's magnesium against the reference values")
struct DaySummaryTests {
    let library = ReferenceLibrary.shipped
    let day = LocalDate(iso: "2026-11-24")!

    func summary(profile: Profile, supplementMg: [Double], foodMg: [Double?] = [], reported: Double? = nil) throws -> DaySummary {
        let targets = try library.intakeReference().targets(for: profile, on: day)
        let at = Timestamp(localDate: day, secondsOfDay: 36_000, utcOffsetSeconds: 0)
        var log = DayLog(date: day)
        log.reportedSupplementMagnesium = reported.map { Milligrams($0) }
        return DaySummary(
            date: day,
            profile: profile,
            targets: targets,
            dayLog: log,
            episodes: [],
            foods: foodMg.map {
                FoodIntake(foodID: "1", description: "f", eatenAt: at, grams: 10, portion: "10 g", magnesium: $0.map { Milligrams($0) })
            },
            supplements: supplementMg.map { SupplementIntake(productName: "p", takenAt: at, servings: 1, elemental: Milligrams($0)) },
            hasSupplementProducts: !supplementMg.isEmpty,
            book: try library.noticeBook()
        )
    }

    let adult = Profile(birth: .date(LocalDate(iso: "1988-04-02")!), sex: .female)

    @Test("Totals add food and supplements; percent is of the RDA")
    func totals() throws {
        let s = try summary(profile: adult, supplementMg: [100, 100], foodMg: [120, nil], reported: 20)
        #expect(s.foodMagnesium == Milligrams(120))
        #expect(s.foodsWithoutMagnesiumValue == 1)
        #expect(s.supplementMagnesium == Milligrams(220))
        #expect(s.totalMagnesium == Milligrams(340))
        #expect(s.percentOfRecommended.map { ($0 * 10).rounded() / 10 } == 106.3)
        #expect(s.notices.isEmpty)
    }

    @Test("Supplements above the UL give the dose notice; food never counts toward it")
    func overLimit() throws {
        let under = try summary(profile: adult, supplementMg: [350], foodMg: [500])
        #expect(!under.isOverUpperLimit)
        #expect(under.notices.isEmpty)
        let over = try summary(profile: adult, supplementMg: [200, 151])
        #expect(over.isOverUpperLimit)
        let notice = try #require(over.notices.first { $0.id == "dose_over_ul" })
        #expect(notice.message.contains("351 mg"))
        #expect(notice.message.contains("350 mg"))
        #expect(notice.message.contains("never from food"))
        #expect(notice.source.contains("Institute of Medicine"))
    }

    @Test("The EU limit is named when chosen")
    func euLimit() throws {
        var profile = adult
        profile.upperLimitBody = .eu
        let s = try summary(profile: profile, supplementMg: [300])
        #expect(s.notices.first?.message.contains("250 mg") == true)
        #expect(s.notices.first?.message.contains("EFSA") == true)
    }

    @Test(
        "Kidney disease adds its notice whenever supplements are involved",
        arguments: [
            (Profile.KidneyStatus.yes, "kidney_disease"), (.dialysis, "kidney_disease_dialysis"), (.notSure, "kidney_disease_not_sure"),
        ]
    )
    func kidney(status: Profile.KidneyStatus, id: String) throws {
        var profile = adult
        profile.kidneyDisease = status
        let s = try summary(profile: profile, supplementMg: [50])
        #expect(s.notices.map(\.id) == [id])
        let none = try summary(profile: profile, supplementMg: [])
        #expect(none.notices.isEmpty)
    }
}

@Suite("Food-first suggestion (POLICIES.md: Below the RDA/AI)")
struct FoodFirstTests {
    let library = ReferenceLibrary.shipped
    let today = LocalDate(iso: "2026-11-24")!

    func notice(_ amounts: [Int: Double]) throws -> Notice? {
        let policy = try library.policy()
        let target = try library.intakeReference().targets(for: Profile(birth: .date(LocalDate(iso: "1980-01-01")!), sex: .female), on: today)
            .recommended
        var totals: [LocalDate: Milligrams] = [:]
        for (daysAgo, mg) in amounts { totals[today.adding(days: -daysAgo)] = Milligrams(mg) }
        return FoodFirstSuggestion(windowDays: policy.belowRDAWindowDays, minimumFoodDays: policy.belowRDAMinFoodDays)
            .notice(today: today, totals: totals, target: target, foods: try library.magnesiumFoodSources(), book: try library.noticeBook())
    }

    @Test("Four days with food averaging below 320 mg suggest food; three days don't; days outside the week don't count")
    func thresholds() throws {
        let low = try #require(try notice([0: 200, 1: 250, 2: 150, 3: 300]))
        #expect(low.id == "food_first")
        #expect(low.message.contains("about 225 mg"))
        #expect(low.message.components(separatedBy: "; ").count == 3)
        #expect(try notice([0: 200, 1: 250, 2: 150]) == nil)
        #expect(try notice([0: 200, 1: 250, 2: 150, 7: 100]) == nil)
        #expect(try notice([0: 400, 1: 350, 2: 300, 3: 330]) == nil)
    }
}

@Suite("The supplement upper limit on both sides, for every life stage")
struct UpperLimitBothSidesTests {
    static let rows = try! ReferenceLibrary.shipped.upperLimitRows().filter { $0.limit != nil }
    let library = ReferenceLibrary.shipped
    let day = LocalDate(iso: "2026-11-24")!

    @Test("At the limit: no notice; 1 mg above it: the dose notice naming the limit and body", arguments: rows)
    func bothSides(row: MagnesiumULRow) throws {
        let limit = try #require(row.limit)
        // A person in the middle of the row's age range, in its condition.
        let age = row.ageMaxYears.map { (row.ageMinYears + $0) / 2 } ?? row.ageMinYears + 5
        let birth = day.adding(days: -Int(age * 365.25))
        let status: Profile.ReproductiveStatus = row.condition == "pregnancy" ? .pregnant : row.condition == "lactation" ? .breastfeeding : .none
        let profile = Profile(birth: .date(birth), sex: .female, reproductiveStatus: status, upperLimitBody: row.jurisdiction == "US" ? .us : .eu)
        let targets = try library.intakeReference().targets(for: profile, on: day)
        #expect(targets.upperLimit.limit == limit, "\(row.lifeStage) \(row.condition)")
        func summary(_ mg: Double) throws -> DaySummary {
            let at = Timestamp(localDate: day, secondsOfDay: 36_000, utcOffsetSeconds: 0)
            return DaySummary(
                date: day,
                profile: profile,
                targets: targets,
                dayLog: nil,
                episodes: [],
                foods: [],
                supplements: [SupplementIntake(productName: "p", takenAt: at, servings: 1, elemental: Milligrams(mg))],
                hasSupplementProducts: true,
                book: try library.noticeBook()
            )
        }
        #expect(try !summary(limit.value).notices.contains { $0.id == "dose_over_ul" })
        let over = try #require(try summary(limit.value + 1).notices.first { $0.id == "dose_over_ul" })
        #expect(over.message.contains("\(limit.rounded) mg"))
    }
}
