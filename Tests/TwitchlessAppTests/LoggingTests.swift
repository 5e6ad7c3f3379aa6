import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

/// Logging episodes, days, food, supplements and symptoms, through the one function each surface calls, on both engines.
@Suite("Logging, in process", .timeLimit(.minutes(10)))
struct LoggingTests {
    @Test(
        "An episode is logged once; the same again adds nothing; other details at that minute are a conflict naming how to remove it",
        arguments: TestStores.Engine.allCases
    )
    func episode(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let request = EpisodeLogging.Request(
                site: "eyelid_left",
                at: "2026-11-24 17:00",
                intensity: 4,
                durationSeconds: 90,
                note: "  screen day "
            )
            let first = try await EpisodeLogging.log(request, context: app.context)
            #expect(first.isAdded)
            #expect(first.message == "Logged a twitch in your left eyelid at 17:00 on 2026-11-24 (intensity 4, 1 min 30 s).")
            #expect(first.stored.episode.note == "screen day")
            #expect(first.firstInRegion != nil && !first.isDayTracked)
            let again = try await EpisodeLogging.log(request, context: app.context)
            #expect(!again.isAdded && again.stored.id == first.stored.id)
            var other = request
            other.intensity = 7
            let conflict = await thrown { _ = try await EpisodeLogging.log(other, context: app.context) }
            #expect(conflict?.code == .conflict)
            #expect(conflict?.next == .removeEpisode(site: "eyelid_left", kind: "twitch", at: "2026-11-24 17:00"))
            // A second twitch in the same region is not its first; a check-in makes the day tracked.
            _ = try await DayCheckIn.save(.init(), context: app.context)
            let second = try await EpisodeLogging.log(.init(site: "eyelid_left", at: "17:30"), context: app.context)
            #expect(second.firstInRegion == nil && second.isDayTracked)
            #expect(try await DaySummaryLoader.loadWithEpisodes(context: app.context, date: app.context.today).episodes.count == 2)
        }
    }

    @Test(
        "An absent time means now; an empty one, one in the future, a missing site or a scale out of range is refused and stores nothing",
        arguments: TestStores.Engine.allCases
    )
    func episodeInput(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let now = try await EpisodeLogging.log(.init(site: "calf_right", kind: "cramp"), context: app.context)
            #expect(now.stored.episode.startedAt.iso8601 == "2026-11-24T18:00:00Z")
            for bad in [
                EpisodeLogging.Request(site: "face", at: ""), .init(site: "face", at: "23:00"), .init(site: nil),
                .init(site: "elbow"), .init(site: "face", intensity: 11), .init(site: "face", kind: "itch"),
                .init(site: "face", since: "2026-11-25"),
            ] {
                #expect(await thrown { _ = try await EpisodeLogging.log(bad, context: app.context) }?.code == .invalidInput, "\(bad)")
            }
            #expect(try await DaySummaryLoader.loadWithEpisodes(context: app.context, date: app.context.today).episodes.count == 1)
        }
    }

    @Test(
        "A check-in merges factors, adds drinks' caffeine from its source, refuses a future day or a bad value, and can be removed",
        arguments: TestStores.Engine.allCases
    )
    func dayCheckIn(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let first = try await DayCheckIn.save(.init(values: [.sleepHours: "6.5", .stress: "7"]), context: app.context)
            #expect(first.message == "Checked in for today." && first.own.isTracked && first.own.sleepHours == 6.5)
            let second = try await DayCheckIn.save(.init(values: [.stress: "3"], drinks: ["2 coffee"]), context: app.context)
            #expect(second.own.sleepHours == 6.5 && second.own.stress == 3)
            #expect((second.own.caffeineMg ?? 0) > 0 && second.drinks.count == 1 && second.drinks[0].description.contains("coffee"))
            let yesterday = try await DayCheckIn.save(.init(date: "yesterday"), context: app.context)
            #expect(yesterday.message == "Checked in for 2026-11-23.")
            for bad in [
                DayCheckIn.Request(date: "tomorrow"), .init(values: [.sleepHours: "30"]), .init(values: [.stress: "lots"]),
                .init(drinks: ["2 unicorns"]),
            ] {
                #expect(await thrown { _ = try await DayCheckIn.save(bad, context: app.context) }?.code == .invalidInput, "\(bad)")
            }
            #expect(try await DayCheckIn.day(app.context.today, context: app.context)?.stress == 3)
            #expect(try await DayCheckIn.remove(date: "2026-11-23", context: app.context).hasPrefix("Removed the check-in"))
            #expect(await thrown { _ = try await DayCheckIn.remove(date: "2026-11-23", context: app.context) }?.code == .notFound)
        }
    }

    @Test(
        "Food by number or words, with its magnesium; 0 g, an unknown number and an empty time are refused; removal by minute",
        arguments: TestStores.Engine.allCases
    )
    func food(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let seeds = try await FoodLogging.log(foodID: "12016", query: nil, amount: "30 g", at: "12:30", context: app.context)
            #expect(seeds.intake.magnesium == Milligrams(165))
            #expect(seeds.message == "Logged 30 g of Seeds, pumpkin and squash seed kernels, roasted, without salt: 165 mg magnesium.")
            let words = try await FoodLogging.log(foodID: nil, query: "spinach", amount: "100 g", at: nil, context: app.context)
            #expect(words.intake.description.lowercased().contains("spinach") && !words.alternatives.isEmpty)
            for (id, query, amount, at) in [
                ("12016", nil, "0 g", nil), ("12016", nil, "3 bushels", nil), ("12016", nil, nil, nil),
                ("12016", nil, "30 g", ""), (nil, "", "30 g", nil),
            ] as [(String?, String?, String?, String?)] {
                #expect(
                    await thrown { _ = try await FoodLogging.log(foodID: id, query: query, amount: amount, at: at, context: app.context) }?.code
                        == .invalidInput
                )
            }
            #expect(
                await thrown { _ = try await FoodLogging.log(foodID: "99999", query: nil, amount: "1 g", at: nil, context: app.context) }?.code
                    == .notFound
            )
            #expect(try await FoodRemoval.remove(at: "12:30", foodID: nil, context: app.context).hasPrefix("Removed 30 g of Seeds, pumpkin"))
            #expect(
                await thrown { _ = try await FoodRemoval.remove(at: "12:30", foodID: nil, context: app.context) }?.next == .seeDay(app.context.today)
            )
        }
    }

    @Test(
        "A supplement's servings are logged once, with the day's total; other servings at that minute conflict; another person's product is not found",
        arguments: TestStores.Engine.allCases
    )
    func supplement(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let added = try await ProductBuilder.add(
                .init(name: "Glycinate", elemental: "100", compound: nil, form: nil, unit: "capsule", kind: nil),
                context: app.context
            )
            #expect(added.stored.product.elementalPerServing == Milligrams(100))
            let taken = try await SupplementLogging.log(product: .name("glycinate"), servings: "2", at: "08:00", context: app.context)
            #expect(taken.isAdded && taken.dayText == "Supplemental magnesium that day: 200 mg.")
            let again = try await SupplementLogging.log(product: .id(added.stored.id.rawValue), servings: "2", at: "08:00", context: app.context)
            #expect(!again.isAdded)
            let more = await thrown {
                _ = try await SupplementLogging.log(product: .name("Glycinate"), servings: "3", at: "08:00", context: app.context)
            }
            #expect(more?.code == .conflict && more?.next == .removeSupplementIntake(product: "Glycinate", at: "2026-11-24 08:00"))
            // Over the 350 mg upper limit: the dose notice comes with the log.
            let over = try await SupplementLogging.log(product: .name("Glycinate"), servings: "2", at: "12:00", context: app.context)
            #expect(over.notices.contains { $0.id == NoticeID.doseOverUL.rawValue })
            let stranger = try await app.stranger()
            #expect(
                await thrown {
                    _ = try await SupplementLogging.log(product: .id(added.stored.id.rawValue), servings: nil, at: nil, context: stranger)
                }?.code
                    == .notFound
            )
            #expect(
                await thrown { _ = try await SupplementLogging.log(product: .name("Glycinate"), servings: "0", at: nil, context: app.context) }?.code
                    == .invalidInput
            )
            #expect(
                try await SupplementRemoval.remove(product: .name("Glycinate"), at: "12:00", context: app.context)
                    == "Removed Glycinate taken at 12:00 on 2026-11-24."
            )
            #expect(try await ProductList.list(context: stranger).isEmpty)
        }
    }

    @Test(
        "An emergency symptom raises its notice first; removing it by id takes the flag away; another person's id is not found",
        arguments: TestStores.Engine.allCases
    )
    func symptom(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let logged = try await SymptomLogging.log(key: "breathing_difficulty", at: "17:50", note: nil, context: app.context)
            #expect(logged.isAdded && logged.notices.first?.severity == .emergency && logged.notices.first?.emergencyNumber == "999")
            #expect(logged.notices.first?.next == .markGotHelp(flag: logged.notices.first?.id ?? ""))
            let unknown = await thrown { _ = try await SymptomLogging.log(key: "hiccups", at: nil, note: nil, context: app.context) }
            #expect(unknown?.code == .invalidInput && unknown?.next == .give(.symptom, example: nil))
            let stored = try await SymptomRemoval.recent(context: app.context)
            let stranger = try await app.stranger()
            #expect(await thrown { _ = try await SymptomRemoval.remove(.id(stored[0].id), context: stranger) }?.code == .notFound)
            let removed = try await SymptomRemoval.remove(.id(stored[0].id), context: app.context)
            #expect(removed.clearedFlags.count == 1)
            #expect(try await SafetyReview.activeRedFlags(context: app.context).isEmpty)
        }
    }
}
