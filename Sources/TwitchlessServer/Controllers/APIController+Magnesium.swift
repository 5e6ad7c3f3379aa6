import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The API's magnesium products, forms, the day's schedule around medicines, and medicines.
extension APIController {
    struct ProductJSON: Encodable {
        var id: String
        var name: String
        var kind: String
        var serving_unit: String
        var elemental_mg_per_serving: Double
        @Nullable var elemental_mg_per_serving_low: Double?
        @Nullable var form: String?
        @Nullable var compound_mg_per_serving: Double?
        var basis: String

        init(_ stored: StoreSession.StoredProduct) {
            let product = stored.product
            id = stored.id
            name = product.name
            kind = product.kind.rawValue
            serving_unit = product.servingUnit
            elemental_mg_per_serving = product.elementalPerServing.value
            elemental_mg_per_serving_low = product.elementalPerServingLow?.value
            form = product.form
            compound_mg_per_serving = product.compoundPerServing?.value
            basis = product.basis.rawValue
        }
    }

    struct NewProductJSON: Encodable {
        var product: ProductJSON
        var explanation: [String]
        var notices: [NoticeJSON]
    }

    struct FormJSON: Encodable {
        var id: String
        var name: String
        var formula: String
        var hydration_state: String
        var elemental_percent: Double
        var absorption: String
        var gut_effects: String
        var notes: String
        var source: String
    }

    struct ScheduleJSON: Encodable {
        struct Window: Encodable {
            var from: String
            var to: String
        }
        struct Dose: Encodable {
            var medicine: String
            var at: String
        }
        var date: String
        var free: [Window]
        @Nullable var suggestion: String?
        var doses: [Dose]
        @Nullable var refused: NoticeJSON?
    }

    struct MedicineJSON: Encodable {
        var name: String
        var schedule: String
        @Nullable var start_date: String?
        @Nullable var end_date: String?
        var in_effect: Bool
        var known: Bool
        @Nullable var with_magnesium: String?
    }

    struct SavedMedicineJSON: Encodable {
        var medicine: MedicineJSON
        var notices: [NoticeJSON]
    }

    func listProducts(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(Page(items: try await ProductList.list(context: person).map(ProductJSON.init), next_cursor: nil))
    }

    func getProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let id = try context.parameters.require("id")
        return try Self.json(ProductJSON(try await ProductList.product(.id(id), context: person)))
    }

    func createProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(
            try await RequestInput.bytes(request, context: context),
            allowed: ["name", "elemental_mg", "compound_mg", "form", "hydration_unknown", "serving_unit", "kind"]
        )
        let added = try await ProductBuilder.add(
            .init(
                name: try object.string("name") ?? "",
                elemental: try object.number("elemental_mg").map(DecimalText.exact),
                compound: try object.number("compound_mg").map(DecimalText.exact),
                form: try object.string("form"),
                hydrationUnknown: try object.bool("hydration_unknown") ?? false,
                unit: try object.string("serving_unit"),
                kind: try object.string("kind")
            ),
            context: person
        )
        return try Self.json(
            NewProductJSON(
                product: ProductJSON(added.stored),
                explanation: added.explanation,
                notices: added.notices.map(NoticeJSON.init)
            ),
            status: .created
        )
    }

    func magnesiumForms(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(
            Page(
                items: try person.reference.formCatalog().forms.map {
                    FormJSON(
                        id: $0.id,
                        name: $0.name,
                        formula: $0.formula,
                        hydration_state: $0.hydrationState,
                        elemental_percent: ($0.elementalFraction * 10_000).rounded() / 100,
                        absorption: $0.absorptionStatement,
                        gut_effects: $0.gutStatement,
                        notes: $0.notes,
                        source: $0.citation.source
                    )
                },
                next_cursor: nil
            )
        )
    }

    func magnesiumSchedule(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        var day = person.today
        if let text = request.uri.queryParameters["date"].map(String.init), !text.isEmpty {
            guard let date = LocalDate(iso: text), date >= person.today.adding(days: -1), date <= person.today.adding(days: 366) else {
                throw TwitchlessError.invalidInput("\"\(text)\" is not a day we can plan.", fix: "Use a date like \(person.today) (today or later).")
            }
            day = date
        }
        switch try await MagnesiumSchedulePlanner.plan(context: person, on: day) {
        case .refused(let notice):
            return try Self.json(ScheduleJSON(date: day.description, free: [], suggestion: nil, doses: [], refused: NoticeJSON(notice)))
        case .planned(let plan, _, _):
            let clock = MagnesiumSchedulePlanner.clock
            return try Self.json(
                ScheduleJSON(
                    date: day.description,
                    free: plan.free.map { .init(from: clock($0.start), to: clock($0.end - 1)) },
                    suggestion: plan.suggestion.map(clock),
                    doses: plan.doses.map { .init(medicine: $0.medicine, at: $0.at.iso8601) },
                    refused: nil
                )
            )
        }
    }

    func medicineJSON(_ entry: MedicineList.Entry) -> MedicineJSON {
        let medicine = entry.medicine
        return MedicineJSON(
            name: medicine.name,
            schedule: medicine.schedule.storageText,
            start_date: medicine.startDate?.description,
            end_date: medicine.endDate?.description,
            in_effect: entry.isInEffect,
            known: entry.isKnown,
            with_magnesium: entry.window?.plainText
        )
    }

    func listMedicines(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(Page(items: try await MedicineList.list(context: person).map(medicineJSON), next_cursor: nil))
    }

    func createMedicine(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(
            try await RequestInput.bytes(request, context: context),
            allowed: ["name", "schedule", "start_date", "end_date", "product"]
        )
        let saved = try await MedicineList.save(
            .init(
                name: try object.string("name"),
                schedule: try object.string("schedule"),
                start: try object.string("start_date"),
                end: try object.string("end_date"),
                product: try object.string("product")
            ),
            context: person
        )
        return try Self.json(SavedMedicineJSON(medicine: medicineJSON(saved.entry), notices: saved.notices.map(NoticeJSON.init)), status: .created)
    }

    func deleteMedicine(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let raw = try context.parameters.require("name")
        _ = try await MedicineList.remove(name: raw.removingPercentEncoding ?? raw, context: person)
        return Response(status: .noContent)
    }
}
