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

    /// A product's fields from a request body, as adding and replacing read them.
    func productRequest(_ request: Request, context: AppRequestContext) async throws -> ProductBuilder.Request {
        let object = try RequestInput.object(
            try await RequestInput.bytes(request, context: context),
            allowed: ["name", "elemental_mg", "compound_mg", "form", "hydration_unknown", "serving_unit", "kind"]
        )
        return .init(
            name: try object.string("name") ?? "",
            elemental: try object.number("elemental_mg").map(DecimalText.exact),
            compound: try object.number("compound_mg").map(DecimalText.exact),
            form: try object.string("form"),
            hydrationUnknown: try object.bool("hydration_unknown") ?? false,
            unit: try object.string("serving_unit"),
            kind: try object.string("kind")
        )
    }

    func replaceProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let id: ProductID = try context.recordID()
        let edited = try await ProductEditing.edit(id, try await productRequest(request, context: context), context: person)
        return try Self.json(ProductDocument(edited.stored))
    }

    func deleteProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        _ = try await ProductEditing.remove(try context.recordID(), context: person)
        return Response(status: .noContent)
    }

    func createProduct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let added = try await ProductBuilder.add(try await productRequest(request, context: context), context: person)
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
        let day = try MagnesiumSchedulePlanner.day(request.uri.queryParameters["date"].map(String.init), today: person.today)
        return try Self.json(ScheduleDocument(try await MagnesiumSchedulePlanner.plan(context: person, on: day), on: day))
    }

    func listMedicines(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(Page(items: try await MedicineList.list(context: person).map(MedicineDocument.init), nextCursor: nil))
    }

    func medicineRequest(_ request: Request, context: AppRequestContext) async throws -> MedicineList.Request {
        let object = try RequestInput.object(
            try await RequestInput.bytes(request, context: context),
            allowed: ["name", "schedule", "start_date", "end_date", "product"]
        )
        return .init(
            name: try object.string("name"),
            schedule: try object.string("schedule"),
            start: try object.string("start_date"),
            end: try object.string("end_date"),
            product: try object.string("product")
        )
    }

    func createMedicine(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let saved = try await MedicineList.save(try await medicineRequest(request, context: context), context: person)
        return try Self.json(SavedMedicineJSON(medicine: MedicineDocument(saved.entry), notices: saved.notices), status: .created)
    }

    /// Replaces a medicine (renaming it when the body's name differs); a body without a name keeps it.
    func replaceMedicine(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let raw = try context.parameters.require("name")
        let original = try await MedicineList.medicine(named: raw.removingPercentEncoding ?? raw, context: person)
        var body = try await medicineRequest(request, context: context)
        if InputText.given(body.name) == nil { body.name = original.name }
        let saved = try await MedicineList.save(body, replacing: original.name, context: person)
        return try Self.json(SavedMedicineJSON(medicine: MedicineDocument(saved.entry), notices: saved.notices))
    }

    func deleteMedicine(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let raw = try context.parameters.require("name")
        _ = try await MedicineList.remove(name: raw.removingPercentEncoding ?? raw, context: person)
        return Response(status: .noContent)
    }
}
