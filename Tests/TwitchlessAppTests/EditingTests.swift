import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

/// Correcting what was logged: an episode's details, time and stop; a day's check-in; a trial stopped early.
@Suite("Correcting entries and stopping a trial, in process", .timeLimit(.minutes(10)))
struct EditingTests {
    @Test(
        "An episode's details change in place under its id, a cleared detail goes, a clash or a future time is refused, and a stranger's id is not found",
        arguments: TestStores.Engine.allCases
    )
    func editEpisode(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let tapped = try await EpisodeLogging.log(.init(site: "eyelid_left"), review: [], context: app.context)
            let other = try await EpisodeLogging.log(.init(site: "eyelid_left", at: "17:30"), review: [], context: app.context)
            var details = EpisodeEditing.Changes()
            details.intensity = .set(6)
            details.note = .set("  after a long screen day ")
            let edited = try await EpisodeEditing.edit(tapped.stored.id, details, context: app.context)
            #expect(edited.isChanged && edited.stored.id == tapped.stored.id)
            #expect(edited.stored.episode.intensity == 6 && edited.stored.episode.note == "after a long screen day")
            #expect(edited.message == "Saved: a twitch in your left eyelid at 18:00 on 2026-11-24 (intensity 6).")
            // Still two episodes: the details went onto the tapped one.
            let day = try await DaySummaryLoader.loadWithEpisodes(context: app.context, date: app.context.today)
            #expect(day.episodes.count == 2)
            #expect(day.episodes.first { $0.id == tapped.stored.id }?.episode.intensity == 6)

            var clear = EpisodeEditing.Changes()
            clear.note = .clear
            clear.site = "eyelid_right"
            clear.at = "yesterday 21:15"
            let moved = try await EpisodeEditing.edit(tapped.stored.id, clear, context: app.context)
            #expect(moved.stored.episode.note == nil && moved.stored.episode.intensity == 6)
            #expect(moved.stored.episode.site == .eyelidRight && moved.stored.episode.localDate == app.context.today.adding(days: -1))
            #expect(try await EpisodeEditing.edit(tapped.stored.id, EpisodeEditing.Changes(), context: app.context).isChanged == false)

            // Moving it onto the other episode's minute, site and kind is a conflict; nothing changes.
            var clash = EpisodeEditing.Changes()
            clash.site = "eyelid_left"
            clash.at = "17:30"
            let conflict = await thrown { _ = try await EpisodeEditing.edit(tapped.stored.id, clash, context: app.context) }
            #expect(conflict?.code == .conflict && conflict?.message.contains("already logged at 17:30") == true)
            var future = EpisodeEditing.Changes()
            future.at = "23:00"
            #expect(await thrown { _ = try await EpisodeEditing.edit(tapped.stored.id, future, context: app.context) }?.code == .invalidInput)
            var outOfRange = EpisodeEditing.Changes()
            outOfRange.pain = .set(11)
            #expect(await thrown { _ = try await EpisodeEditing.edit(tapped.stored.id, outOfRange, context: app.context) }?.code == .invalidInput)
            let kept = try await EpisodeList.episode(id: tapped.stored.id, context: app.context)
            #expect(kept.episode == moved.stored.episode)
            #expect(try await EpisodeList.episode(id: other.stored.id, context: app.context).episode == other.stored.episode)

            // Another person can neither change nor see it.
            let stranger = try await app.stranger()
            #expect(await thrown { _ = try await EpisodeEditing.edit(tapped.stored.id, details, context: stranger) }?.code == .notFound)
            #expect(try await EpisodeList.episode(id: tapped.stored.id, context: app.context).episode == moved.stored.episode)
        }
    }

    @Test("A cramp logged as it starts gets its length when it stops; a stop before the start is refused", arguments: TestStores.Engine.allCases)
    func crampStop(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let cramp = try await EpisodeLogging.log(.init(site: "calf_right", kind: "cramp"), review: [], context: app.context)
            let later = app.at("2026-11-24T18:02:05Z")
            let stopped = try await EpisodeEditing.stop(cramp.stored.id, context: later)
            #expect(stopped.stored.episode.durationSeconds == 125)
            #expect(stopped.message.contains("(2 min 5 s)"))
            var early = EpisodeEditing.Changes()
            early.endedAt = "17:00"
            let refused = await thrown { _ = try await EpisodeEditing.edit(cramp.stored.id, early, context: later) }
            #expect(refused?.code == .invalidInput && refused?.message.contains("before the start") == true)
            var both = EpisodeEditing.Changes()
            both.endedAt = "now"
            both.durationSeconds = .set(30)
            #expect(await thrown { _ = try await EpisodeEditing.edit(cramp.stored.id, both, context: later) }?.code == .invalidInput)
            #expect(try await EpisodeList.episode(id: cramp.stored.id, context: later).episode.durationSeconds == 125)
        }
    }

    @Test(
        "A past day is checked in late; a correction clears the factors it empties; an imported value shows through again",
        arguments: TestStores.Engine.allCases
    )
    func correctCheckIn(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let date = "2026-11-20"
            let first = try await DayCheckIn.save(.init(date: date, values: [.sleepHours: "6.5", .stress: "3"]), context: app.context)
            #expect(first.own.isTracked && first.own.sleepHours == 6.5 && first.message == "Checked in for 2026-11-20.")
            let corrected = try await DayCheckIn.save(
                .init(date: date, values: [.stress: "4"], cleared: Set(DayFactor.allCases).subtracting([.stress])),
                context: app.context
            )
            #expect(corrected.own.sleepHours == nil && corrected.own.stress == 4 && corrected.own.isTracked)
            // With sleep imported for the day, the person's own value comes first, and clearing it lets the import show.
            _ = try await app.store.write(app.context.owner) { session in
                try await session.replaceImportedDays([ImportedDay(date: LocalDate(iso: date)!, values: [.sleepHours: 7.25])], source: .appleHealth)
            }
            let own = try await DayCheckIn.save(.init(date: date, values: [.sleepHours: "5"]), context: app.context)
            #expect(own.log.sleepHours == 5 && !own.log.importedFactors.contains(.sleepHours))
            let imported = try await DayCheckIn.save(.init(date: date, cleared: [.sleepHours]), context: app.context)
            #expect(imported.own.sleepHours == nil && imported.log.sleepHours == 7.25 && imported.log.importedFactors.contains(.sleepHours))
            // A clear and a value for the same factor: the value wins.
            let both = try await DayCheckIn.save(.init(date: date, values: [.stress: "5"], cleared: [.stress]), context: app.context)
            #expect(both.own.stress == 5)
            #expect(await thrown { _ = try await DayCheckIn.save(.init(date: "2026-11-25"), context: app.context) }?.code == .invalidInput)
            _ = try await DayCheckIn.remove(date: date, context: app.context)
            // Removing the check-in leaves the imported values, on a day that no longer counts as checked in.
            let removed = try await DayCheckIn.day(LocalDate(iso: date)!, context: app.context)
            #expect(removed?.isTracked == false && removed?.stress == nil && removed?.sleepHours == 7.25)
            #expect(await thrown { _ = try await DayCheckIn.remove(date: date, context: app.context) }?.code == .notFound)
        }
    }

    @Test(
        "A trial stopped early keeps its days before the stop, says when and why, ends today's instructions, and frees the calendar for a new one",
        arguments: TestStores.Engine.allCases
    )
    func stopTrial(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            _ = try await ProductBuilder.add(
                .init(name: "Glycinate", elemental: "100", compound: nil, form: nil, unit: nil, kind: nil),
                context: app.context
            )
            #expect(await thrown { _ = try await TrialPlanning.stop(reason: "no", context: app.context) }?.next == .designTrial)
            let started = try await TrialPlanning.start(
                TrialRequest(product: "Glycinate", blocks: 3, periodDays: 4, washoutDays: 1, start: "2026-11-24"),
                seed: 7,
                context: app.context
            )
            // Ten days in, with every day checked in and one episode a day.
            for offset in 0..<10 {
                let day = started.design.startDate.adding(days: offset)
                let then = app.at("\(day)T20:00:00Z")
                _ = try await DayCheckIn.save(.init(), context: then)
                _ = try await EpisodeLogging.log(.init(site: "calf_left", at: "19:00"), review: [], context: then)
            }
            let tenth = app.at("2026-12-04T21:00:00Z")
            #expect(await thrown { _ = try await TrialPlanning.stop(reason: "   ", context: tenth) }?.code == .invalidInput)
            let stopped = try await TrialPlanning.stop(reason: "I started a new medicine", context: tenth)
            let stop = try #require(stopped.design.stop)
            #expect(stop.date == LocalDate(iso: "2026-12-04") && stop.reason == "I started a new medicine")
            #expect(stopped.design.lastDay == LocalDate(iso: "2026-12-03") && stopped.today == nil)
            let report = try #require(stopped.report)
            #expect(!report.isInterim)
            // The ten days before the stop, less their washout days (the first of each 4-day period: days 1, 5 and 9).
            let analysed = report.blocks.reduce(0) { $0 + $1.data.magnesiumDays + $1.data.controlDays }
            #expect(analysed == 7 && report.untrackedDaysExcluded == 0)
            let lines = TrialWording.lines(report)
            #expect(
                lines.contains { line in
                    if case .sentence(let text) = line {
                        return text.contains("stopped this trial early on 4 December 2026") && text.contains("\"I started a new medicine\"")
                    }
                    return false
                }
            )
            let document = TrialReportDocument(report)
            #expect(document.stoppedOn == "2026-12-04" && document.stopReason == "I started a new medicine" && !document.interim)
            // Stopping again is refused, the stop is the record; later days are no longer in it.
            #expect(await thrown { _ = try await TrialPlanning.stop(reason: "again", context: tenth) }?.message.contains("already stopped") == true)
            #expect(try await TrialPlanning.status(context: app.at("2026-12-06T09:00:00Z"))?.today == nil)
            // A new trial can start the day after the stop.
            let next = try await TrialPlanning.start(
                TrialRequest(product: "Glycinate", blocks: 3, start: "2026-12-05"),
                seed: 8,
                context: app.at("2026-12-05T08:00:00Z")
            )
            #expect(next.design.startDate == LocalDate(iso: "2026-12-05"))
        }
    }

    @Test("A trial stopped before it began has no days, and one that has ended can't be stopped", arguments: [TestStores.Engine.sqlite])
    func stopBeforeAndAfter(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            _ = try await ProductBuilder.add(
                .init(name: "Glycinate", elemental: "100", compound: nil, form: nil, unit: nil, kind: nil),
                context: app.context
            )
            _ = try await TrialPlanning.start(
                TrialRequest(product: "Glycinate", blocks: 3, periodDays: 4, washoutDays: 1),
                seed: 1,
                context: app.context
            )
            let stopped = try await TrialPlanning.stop(reason: "changed my mind", context: app.context)
            #expect(stopped.design.stop?.date == LocalDate(iso: "2026-11-25") && stopped.report == nil)
            #expect(TrialWording.stoppedSentence(stopped.design, stopped.design.stop!).contains("before it began"))
            // A new trial from tomorrow, the same first day as the stopped one, is allowed and is the current one.
            let again = try await TrialPlanning.start(
                TrialRequest(product: "Glycinate", blocks: 3, periodDays: 4, washoutDays: 1),
                seed: 2,
                context: app.context
            )
            #expect(try await TrialPlanning.status(context: app.context)?.design == again.design)
            let ended = app.at("2026-12-30T12:00:00Z")
            #expect(await thrown { _ = try await TrialPlanning.stop(reason: "done", context: ended) }?.message.contains("already ended") == true)
        }
    }

    @Test(
        "A food's amount and time change with its magnesium; a supplement's servings scale its logged amount; a clash, a stranger and a second delete are refused",
        arguments: TestStores.Engine.allCases
    )
    func editIntakes(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let food = try await FoodLogging.log(foodID: nil, query: "pumpkin seeds", amount: "30 g", at: "12:00", context: app.context)
            let perGram = try #require(food.intake.magnesium).value / 30
            let edited = try await IntakeEditing.editFood(food.id, amount: "60 g", at: "yesterday 12:30", context: app.context)
            #expect(edited.stored.intake.grams == 60 && edited.stored.intake.eatenAt.localDate == app.context.today.adding(days: -1))
            #expect(abs(try #require(edited.stored.intake.magnesium).value - perGram * 60) < 0.01)
            #expect(
                await thrown { _ = try await IntakeEditing.editFood(food.id, amount: "a lot", at: nil, context: app.context) }?.code == .invalidInput
            )
            #expect(try await IntakeEditing.food(food.id, context: app.context).intake.grams == 60)

            _ = try await ProductBuilder.add(
                .init(name: "Citrate", elemental: "150", compound: nil, form: nil, unit: nil, kind: nil),
                context: app.context
            )
            let first = try await SupplementLogging.log(product: .name("Citrate"), servings: "1", at: "08:00", context: app.context)
            let second = try await SupplementLogging.log(product: .name("Citrate"), servings: "1", at: "09:00", context: app.context)
            // A label change later doesn't rewrite it: the amount per serving stays the logged one.
            let doubled = try await IntakeEditing.editSupplement(first.id, servings: "2", at: "08:15", context: app.context)
            #expect(doubled.stored.intake.servings == 2 && doubled.stored.intake.elemental == Milligrams(300))
            #expect(doubled.message.contains("Saved: 2 × Citrate at 08:15"))
            let clash = await thrown { _ = try await IntakeEditing.editSupplement(first.id, servings: nil, at: "09:00", context: app.context) }
            #expect(clash?.code == .conflict)
            #expect(
                await thrown { _ = try await IntakeEditing.editSupplement(first.id, servings: "0", at: nil, context: app.context) }?.code
                    == .invalidInput
            )
            let stranger = try await app.stranger()
            #expect(
                await thrown { _ = try await IntakeEditing.editSupplement(first.id, servings: "5", at: nil, context: stranger) }?.code == .notFound
            )
            #expect(await thrown { _ = try await IntakeEditing.removeFood(food.id, context: stranger) }?.code == .notFound)

            let day = try await IntakeEditing.day(app.context.today, context: app.context)
            #expect(day.supplements.map(\.intake.servings) == [2, 1] && day.foods.isEmpty)
            #expect(try await IntakeEditing.removeSupplement(second.id, context: app.context).hasPrefix("Removed 1 × Citrate taken at 09:00"))
            #expect(await thrown { _ = try await IntakeEditing.removeSupplement(second.id, context: app.context) }?.code == .notFound)
            #expect(try await IntakeEditing.removeFood(food.id, context: app.context).hasPrefix("Removed 60 g of"))
            let summary = try await DaySummaryLoader.load(context: app.context, date: app.context.today)
            #expect(summary.supplementMagnesium == Milligrams(300))
        }
    }

    @Test(
        "A product's label is corrected under its id (past intakes keep their amounts, a trial follows a new name) and deleted with its intakes; a medicine is renamed",
        arguments: TestStores.Engine.allCases
    )
    func productsAndMedicines(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let added = try await ProductBuilder.add(
                .init(name: "Calm", elemental: "100", compound: nil, form: nil, unit: "capsule", kind: nil),
                context: app.context
            )
            _ = try await ProductBuilder.add(
                .init(name: "Other", elemental: "50", compound: nil, form: nil, unit: nil, kind: nil),
                context: app.context
            )
            _ = try await SupplementLogging.log(product: .name("Calm"), servings: "1", at: "08:00", context: app.context)
            _ = try await TrialPlanning.start(TrialRequest(product: "Calm", blocks: 3), seed: 3, context: app.context)
            let edited = try await ProductEditing.edit(
                added.stored.id,
                .init(name: "Calm night", elemental: nil, compound: "1000", form: "glycinate", unit: "scoop", kind: nil),
                context: app.context
            )
            #expect(edited.stored.id == added.stored.id && edited.stored.product.servingUnit == "scoop")
            #expect(edited.stored.product.elementalPerServing != Milligrams(100) && edited.explanation.first?.contains("1000 mg") == true)
            #expect(try await TrialPlanning.status(context: app.context)?.design.product == "Calm night")
            let day = try await IntakeEditing.day(app.context.today, context: app.context)
            #expect(day.supplements.first?.intake.productName == "Calm night" && day.supplements.first?.intake.elemental == Milligrams(100))
            let clash = await thrown {
                _ = try await ProductEditing.edit(
                    added.stored.id,
                    .init(name: "other", elemental: "10", compound: nil, form: nil, unit: nil, kind: nil),
                    context: app.context
                )
            }
            #expect(clash?.code == .conflict)
            // The trial's product can't be deleted while the trial runs; after a stop it can, with its intakes.
            let refused = await thrown { _ = try await ProductEditing.remove(added.stored.id, context: app.context) }
            #expect(refused?.code == .invalidInput && refused?.next == .seeTrialReport)
            _ = try await TrialPlanning.stop(reason: "new plan", context: app.context)
            let found = try await ProductEditing.consequences(added.stored.id, context: app.context)
            #expect(found.intakes == 1 && found.refusal == nil && found.firstDay == app.context.today)
            #expect(try await ProductEditing.remove(added.stored.id, context: app.context) == "Deleted Calm night and its 1 logged intake.")
            #expect(try await IntakeEditing.day(app.context.today, context: app.context).supplements.isEmpty)
            #expect(try await ProductList.list(context: app.context).map(\.product.name) == ["Other"])
            let stranger = try await app.stranger()
            #expect(await thrown { _ = try await ProductEditing.remove(added.stored.id, context: stranger) }?.code == .notFound)

            _ = try await MedicineList.save(.init(name: "levothyroxine", schedule: "07:00"), context: app.context)
            _ = try await MedicineList.save(.init(name: "doxycycline", schedule: "08:00,20:00"), context: app.context)
            let moved = try await MedicineList.save(.init(name: "levothyroxine", schedule: "06:30"), replacing: "Levothyroxine", context: app.context)
            #expect(moved.medicine.schedule.storageText == "06:30")
            let renamed = try await MedicineList.save(
                .init(name: "liothyronine", schedule: "06:30"),
                replacing: "levothyroxine",
                context: app.context
            )
            #expect(renamed.message.hasPrefix("Saved liothyronine"))
            #expect(try await MedicineList.list(context: app.context).map(\.medicine.name) == ["doxycycline", "liothyronine"])
            let taken = await thrown {
                _ = try await MedicineList.save(.init(name: "doxycycline", schedule: "09:00"), replacing: "liothyronine", context: app.context)
            }
            #expect(taken?.code == .conflict)
            #expect(
                await thrown { _ = try await MedicineList.save(.init(name: "x", schedule: "09:00"), replacing: "aspirin", context: app.context) }?
                    .code == .notFound
            )
            #expect(try await MedicineList.list(context: app.context).count == 2)
        }
    }

    @Test(
        "A symptom's time and note are corrected; moved past the days its flag is shown, the flag is cleared; back again, it is raised",
        arguments: TestStores.Engine.allCases
    )
    func editSymptom(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let logged = try await SymptomLogging.log(key: "muscle_wasting", at: "17:00", note: "left hand", context: app.context)
            let stored = try #require(try await SymptomRemoval.recent(context: app.context).first)
            #expect(!logged.notices.isEmpty)
            let old = try await SymptomEditing.edit(stored.id, at: "2026-01-05 10:00", note: .clear, context: app.context)
            #expect(old.stored.symptom.note == nil && old.stored.symptom.at.localDate == LocalDate(iso: "2026-01-05"))
            #expect(!old.clearedFlags.isEmpty && old.notices.isEmpty)
            let back = try await SymptomEditing.edit(stored.id, at: "yesterday 09:00", note: .set("both hands"), context: app.context)
            #expect(back.clearedFlags.isEmpty && !back.notices.isEmpty && back.stored.symptom.note == "both hands")
            // The same symptom at the same time twice is a clash; a future time and a stranger are refused.
            _ = try await SymptomLogging.log(key: "muscle_wasting", at: "16:00", note: nil, context: app.context)
            let clash = await thrown { _ = try await SymptomEditing.edit(stored.id, at: "16:00", note: .keep, context: app.context) }
            #expect(clash?.code == .conflict)
            #expect(
                await thrown { _ = try await SymptomEditing.edit(stored.id, at: "23:30", note: .keep, context: app.context) }?.code == .invalidInput
            )
            let stranger = try await app.stranger()
            #expect(await thrown { _ = try await SymptomEditing.edit(stored.id, at: nil, note: .clear, context: stranger) }?.code == .notFound)
            #expect(try await SymptomEditing.symptom(stored.id, context: app.context).symptom.note == "both hands")
        }
    }

    @Test(
        "The short check-in starts at the usual answers, counts drinks into caffeine from the sourced table, and remembers them",
        arguments: [TestStores.Engine.sqlite]
    )
    func quickCheckIn(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            var empty = try await QuickCheckIn.form(context: app.context)
            #expect(empty.values.isEmpty && !empty.isCheckedIn && empty.drinks.map(\.id).contains("mayo_coffee_brewed"))
            // Three earlier check-ins: the usual is their median.
            for (offset, sleep, stress) in [(1, "7", "3"), (2, "6", "5"), (3, "8", "4")] {
                _ = try await DayCheckIn.save(
                    .init(date: app.context.today.adding(days: -offset).description, values: [.sleepHours: sleep, .stress: stress]),
                    context: app.context
                )
            }
            empty = try await QuickCheckIn.form(context: app.context)
            #expect(empty.values[.sleepHours] == 7 && empty.values[.stress] == 4 && empty.usual == [.sleepHours, .stress])
            let coffee = try #require(empty.drinks.first { $0.id == "mayo_coffee_brewed" })
            let tea = try #require(empty.drinks.first { $0.id == "mayo_tea_black" })
            let saved = try await QuickCheckIn.save(
                .init(values: [.sleepHours: "6.5", .stress: "4"], drinks: ["mayo_coffee_brewed": 2, "mayo_tea_black": 1, "mayo_cola": 0]),
                context: app.context
            )
            #expect(saved.own.isTracked && saved.own.sleepHours == 6.5)
            #expect(saved.own.caffeineMg == 2 * coffee.caffeineMg + tea.caffeineMg)
            let again = try await QuickCheckIn.form(context: app.context)
            #expect(again.isCheckedIn && again.values[.sleepHours] == 6.5 && again.usual.isEmpty && again.drinksAreToday)
            #expect(again.drinks.first { $0.id == "mayo_coffee_brewed" }?.count == 2)
            // Tomorrow the drinks start at the ones given last time.
            let tomorrow = try await QuickCheckIn.form(context: app.at("2026-11-25T08:00:00Z"))
            #expect(!tomorrow.drinksAreToday && tomorrow.drinks.first { $0.id == "mayo_tea_black" }?.count == 1 && !tomorrow.isCheckedIn)
            #expect(
                await thrown { _ = try await QuickCheckIn.save(.init(values: [:], drinks: ["whisky": 1]), context: app.context) }?.code
                    == .invalidInput
            )
            #expect(
                await thrown { _ = try await QuickCheckIn.save(.init(values: [.stress: "11"], drinks: nil), context: app.context) }?.code
                    == .invalidInput
            )
            #expect(try await DayCheckIn.day(app.context.today, context: app.context)?.stress == 4)
        }
    }
}
