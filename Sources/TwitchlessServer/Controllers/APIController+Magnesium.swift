import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The API's magnesium products, forms, the day's schedule around medicines, and medicines.
extension APIController {
    struct NewProductJSON: Encodable {
        var product: ProductDocument
        var explanation: [String]
        var notices: [Notice]
    }

    struct SavedMedicineJSON: Encodable {
        var medicine: MedicineDocument
        var notices: [Notice]
    }

    func listProducts(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(Page(items: try await ProductList.list(context: person).map(ProductDocument.init), nextCursor: nil))
    }

    func getProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let id = try context.parameters.require("id")
        return try Self.json(ProductDocument(try await ProductList.product(.id(id), context: person)))
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
                product: ProductDocument(added.stored),
                explanation: added.explanation,
                notices: added.notices
            ),
            status: .created
        )
    }

    func magnesiumForms(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(Page(items: try person.reference.formCatalog().forms.map(FormDocument.init), nextCursor: nil))
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
        return try Self.json(ScheduleDocument(try await MagnesiumSchedulePlanner.plan(context: person, on: day), on: day))
    }

    func listMedicines(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(Page(items: try await MedicineList.list(context: person).map(MedicineDocument.init), nextCursor: nil))
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
        return try Self.json(SavedMedicineJSON(medicine: MedicineDocument(saved.entry), notices: saved.notices), status: .created)
    }

    func deleteMedicine(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let raw = try context.parameters.require("name")
        _ = try await MedicineList.remove(name: raw.removingPercentEncoding ?? raw, context: person)
        return Response(status: .noContent)
    }
}
