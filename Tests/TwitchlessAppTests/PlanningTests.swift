import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore
import TwitchlessTestSupport

/// Products, medicines, the profile, marking red flags and trials, through the one function each surface calls, on both engines.
@Suite("Products, medicines, profile and trials, in process", .timeLimit(.minutes(10)))
struct PlanningTests {
    @Test(
        "A product from its compound shows the arithmetic; an unknown hydration state asks, naming the form; a second one of the name conflicts",
        arguments: TestStores.Engine.allCases
    )
    func products(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let oxide = try await ProductBuilder.add(
                .init(name: "Oxide", elemental: nil, compound: "500", form: "oxide", unit: "tablet", kind: nil),
                context: app.context
            )
            #expect(oxide.stored.product.elementalPerServing == Milligrams(301.5))
            #expect(oxide.explanation.first?.contains("500 mg ×") == true)
            let citrate = await thrown {
                _ = try await ProductBuilder.add(
                    .init(name: "Calm", elemental: nil, compound: "2000", form: "citrate", unit: nil, kind: nil),
                    context: app.context
                )
            }
            #expect(citrate?.code == .invalidInput)
            if case .give(.magnesiumForm, let example)? = citrate?.next {
                #expect(example?.hasPrefix("citrate_") == true)
            } else {
                Issue.record("\(String(describing: citrate?.next))")
            }
            let range = try await ProductBuilder.add(
                .init(name: "Calm", elemental: nil, compound: "2000", form: "citrate", hydrationUnknown: true, unit: "scoop", kind: nil),
                context: app.context
            )
            #expect(range.stored.product.elementalPerServingLow != nil)
            #expect(
                await thrown {
                    _ = try await ProductBuilder.add(
                        .init(name: "oxide", elemental: "100", compound: nil, form: nil, unit: nil, kind: nil),
                        context: app.context
                    )
                }?.code == .conflict
            )
            #expect(try await ProductList.list(context: app.context).map(\.product.name).sorted() == ["Calm", "Oxide"])
        }
    }

    @Test(
        "A known medicine brings its timing notice; an unknown one is said to be unknown; risedronate asks which product; removal by name",
        arguments: TestStores.Engine.allCases
    )
    func medicines(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let levo = try await MedicineList.save(.init(name: "levothyroxine", schedule: "07:00"), context: app.context)
            #expect(levo.isKnown && levo.hasTimingWindow)
            #expect(levo.message == "Saved levothyroxine, daily at 07:00.")
            let unknown = try await MedicineList.save(.init(name: "paracetamol", schedule: "08:00"), context: app.context)
            #expect(!unknown.isKnown && unknown.notices.map(\.id) == [NoticeID.medicineUnknown.rawValue])
            #expect(unknown.notices.first?.next == .addMedicine)
            let ask = await thrown {
                _ = try await MedicineList.save(.init(name: "risedronate", schedule: "weekly sunday 07:00"), context: app.context)
            }
            if case .give(.medicineProduct, let example)? = ask?.next {
                #expect(example?.hasPrefix("risedronate_") == true)
            } else {
                Issue.record("\(String(describing: ask))")
            }
            #expect(
                await thrown { _ = try await MedicineList.save(.init(name: "levothyroxine", schedule: nil), context: app.context) }?.code
                    == .invalidInput
            )
            #expect(
                await thrown {
                    _ = try await MedicineList.save(
                        .init(name: "doxycycline", schedule: "08:00", start: "2026-11-20", end: "2026-11-10"),
                        context: app.context
                    )
                }?.code == .invalidInput
            )
            let entries = try await MedicineList.list(context: app.context)
            #expect(
                entries.map(\.medicine.name) == ["levothyroxine", "paracetamol"] || entries.map(\.medicine.name) == ["paracetamol", "levothyroxine"]
            )
            let stranger = try await app.stranger()
            #expect(await thrown { _ = try await MedicineList.remove(name: "levothyroxine", context: stranger) }?.code == .notFound)
            #expect(try await MedicineList.remove(name: "levothyroxine", context: app.context) == "Removed levothyroxine.")
            #expect(try await MedicineList.list(context: app.context).count == 1)
        }
    }

    @Test(
        "A profile change is saved with the flags it raises; a bad value changes nothing; marking a flag hides it until a new sign",
        arguments: TestStores.Engine.allCases
    )
    func profileAndMarking(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            let (updated, _) = try await ProfileUpdate(timeZone: "Europe/Dublin", country: "IE").save(context: app.context)
            #expect(updated.profile.country == "IE" && updated.clock.name == "Europe/Dublin")
            #expect(try updated.emergencyContact().number == "112")
            #expect(await thrown { _ = try await ProfileUpdate(country: "XX").save(context: updated) }?.code == .invalidInput)
            #expect(try await updated.store.read(updated.owner) { try await $0.profile() }?.country == "IE")
            // Weakness logged: a standing red flag, marked as talked to a doctor, gone.
            let weak = try await SymptomLogging.log(key: "muscle_weakness", at: nil, note: nil, context: updated)
            let flag = try #require(weak.notices.first { $0.next == .markTalkedToDoctor(flag: $0.id) })
            let marked = try await SafetyReview.acknowledge(flagID: flag.id, context: updated)
            #expect(SafetyReview.acknowledgementMessage(marked).hasPrefix("Noted that you have talked to a doctor"))
            #expect(try await SafetyReview.activeRedFlags(context: updated).isEmpty)
            #expect(await thrown { _ = try await SafetyReview.acknowledge(flagID: flag.id, context: updated) }?.code == .notFound)
            #expect(try ProfileUpdate.notices(context: updated).allSatisfy { $0.id != NoticeID.profileNeedsBirth.rawValue })
        }
    }

    @Test(
        "A trial previews without storing, starts with its seed after the checks, refuses an overlapping one, and says where today falls",
        arguments: TestStores.Engine.allCases
    )
    func trial(engine: TestStores.Engine) async throws {
        try await AppFixture.with(engine) { app in
            #expect(
                await thrown { _ = try await TrialPlanning.preview(TrialRequest(product: "Glycinate"), context: app.context) }?.next == .addProduct
            )
            _ = try await ProductBuilder.add(
                .init(name: "Glycinate", elemental: "100", compound: nil, form: nil, unit: nil, kind: nil),
                context: app.context
            )
            let preview = try await TrialPlanning.preview(TrialRequest(product: "Glycinate", blocks: 3), context: app.context)
            #expect(preview.design.startDate == app.context.today.adding(days: 1) && preview.lines.count == 4)
            #expect(try await TrialPlanning.status(context: app.context) == nil)
            let started = try await TrialPlanning.start(
                TrialRequest(product: "Glycinate", blocks: 3, start: "2026-11-24"),
                seed: 42,
                context: app.context
            )
            #expect(started.design.seed == 42)
            let again = await thrown {
                _ = try await TrialPlanning.start(TrialRequest(product: "Glycinate", blocks: 3, start: "2026-11-30"), context: app.context)
            }
            #expect(again?.code == .invalidInput && again?.message.contains("overlap") == true)
            #expect(
                await thrown { _ = try await TrialPlanning.start(TrialRequest(product: "Glycinate", servings: 5), context: app.context) }?.code
                    == .invalidInput
            )
            let status = try #require(try await TrialPlanning.status(context: app.context))
            #expect(status.design == started.design && status.today != nil && !status.isTrackedToday && status.report != nil)
        }
    }
}
