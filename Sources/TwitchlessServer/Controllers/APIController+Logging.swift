import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The API's history, food search and logging of food, supplements and symptoms.
extension APIController {
    struct FoodIntakeJSON: Encodable {
        var id: FoodIntakeID
        var foodID: String
        var description: String
        var eatenAt: String
        var grams: Double
        var portion: String
        @Nullable var magnesiumMg: Double?
        var message: String
        var alternatives: [String]
    }

    struct SupplementIntakeJSON: Encodable {
        var id: SupplementIntakeID
        var productID: ProductID
        var product: String
        var takenAt: String
        var servings: Double
        var elementalMg: Double
        @Nullable var elementalMgLow: Double?
        var added: Bool
        var message: String
        var notices: [Notice]
    }

    struct SymptomJSON: Encodable {
        var symptom: String
        var at: String
        @Nullable var note: String?
        var added: Bool
        var message: String
        var notices: [Notice]
    }

    func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let count = try RequestInput.days(request, allowed: 1...3660, default: 30)
        return try Self.json(try await HistoryLoader.document(context: person, days: count, end: person.today))
    }

    func searchFoods(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        guard let query = request.uri.queryParameters["q"].map(String.init)?.trimmingCharacters(in: .whitespaces), !query.isEmpty, query.count <= 100
        else {
            throw TwitchlessError.invalidInput(
                "Please give words to search for in q (up to 100 characters).",
                fix: "Like /api/v1/foods?q=pumpkin+seeds"
            )
        }
        let found = try FoodLogging.search(query, limit: 10, context: person)
        return try Self.json(Page(items: found.map { FoodDocument($0.food, portions: $0.portions) }, nextCursor: nil))
    }

    func logFood(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(
            try await RequestInput.bytes(request, context: context),
            allowed: ["food_id", "query", "amount", "eaten_at"]
        )
        let outcome = try await FoodLogging.log(
            foodID: try object.string("food_id"),
            query: try object.string("query"),
            amount: try object.string("amount"),
            at: try object.string("eaten_at"),
            context: person
        )
        let intake = outcome.intake
        return try Self.json(
            FoodIntakeJSON(
                id: outcome.id,
                foodID: intake.foodID,
                description: intake.description,
                eatenAt: intake.eatenAt.iso8601,
                grams: intake.grams,
                portion: intake.portion,
                magnesiumMg: intake.magnesium?.value,
                message: outcome.message,
                alternatives: outcome.alternatives.map(\.id)
            ),
            status: .created
        )
    }

    func logSupplement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(
            try await RequestInput.bytes(request, context: context),
            allowed: ["product_id", "servings", "taken_at"]
        )
        let servings = try object.number("servings").map(DecimalText.exact)
        let productID = try object.string("product_id")
        let outcome = try await SupplementLogging.log(
            product: .id(productID),
            servings: servings,
            at: try object.string("taken_at"),
            context: person
        )
        let intake = outcome.intake
        return try Self.json(
            SupplementIntakeJSON(
                id: outcome.id,
                productID: ProductID(typed: productID ?? ""),
                product: intake.productName,
                takenAt: intake.takenAt.iso8601,
                servings: intake.servings,
                elementalMg: intake.elemental.value,
                elementalMgLow: intake.elementalLow?.value,
                added: outcome.isAdded,
                message: outcome.message,
                notices: outcome.notices
            ),
            status: outcome.isAdded ? .created : .ok
        )
    }

    /// `?date=YYYY-MM-DD` (default today).
    static func listDate(_ request: Request, context person: AppContext) throws -> LocalDate {
        try person.date(request.uri.queryParameters["date"].map(String.init).flatMap(InputText.given))
    }

    func listFoodIntakes(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let day = try await IntakeEditing.day(try Self.listDate(request, context: person), context: person)
        return try Self.json(Page(items: day.foods.map(FoodIntakeDocument.init), nextCursor: nil))
    }

    func editFoodIntake(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let id: FoodIntakeID = try context.recordID()
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: ["amount", "eaten_at"])
        let outcome = try await IntakeEditing.editFood(
            id,
            amount: try object.requiredString("amount"),
            at: try object.requiredString("eaten_at"),
            context: person
        )
        return try Self.json(FoodIntakeDocument(outcome.stored))
    }

    func deleteFoodIntake(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        _ = try await IntakeEditing.removeFood(try context.recordID(), context: person)
        return Response(status: .noContent)
    }

    func listSupplementIntakes(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let day = try await IntakeEditing.day(try Self.listDate(request, context: person), context: person)
        return try Self.json(Page(items: day.supplements.map(SupplementIntakeDocument.init), nextCursor: nil))
    }

    func editSupplementIntake(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let id: SupplementIntakeID = try context.recordID()
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: ["servings", "taken_at"])
        guard !object.isNull("servings") else {
            throw TwitchlessError.invalidInput("servings can't be cleared.", fix: "Leave servings out to keep it, or send a number.")
        }
        let outcome = try await IntakeEditing.editSupplement(
            id,
            servings: try object.number("servings").map(DecimalText.exact),
            at: try object.requiredString("taken_at"),
            context: person
        )
        return try Self.json(SupplementIntakeDocument(outcome.stored))
    }

    func deleteSupplementIntake(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        _ = try await IntakeEditing.removeSupplement(try context.recordID(), context: person)
        return Response(status: .noContent)
    }

    struct LoggedSymptomJSON: Encodable {
        var id: SymptomID
        var symptom: String
        var label: String
        var at: String
        @Nullable var note: String?
    }

    struct RemovedSymptomJSON: Encodable {
        var removed: [LoggedSymptomJSON]
        var message: String
        /// Red flags that were shown and are gone with it.
        var clearedRedFlags: [String]
    }

    /// The symptoms logged in the last `days` days (default 90, at most 3660), newest first, with their ids.
    func listSymptoms(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let count = try RequestInput.days(request, allowed: 1...3660, default: try person.reference.safetyPolicy().symptomFlagDays)
        let labels = try Self.symptomLabels(person)
        let stored = try await SymptomRemoval.recent(days: count, context: person)
        return try Self.json(Page(items: stored.map { Self.symptomJSON($0, labels: labels) }, nextCursor: nil))
    }

    /// Each symptom's label, by its key.
    static func symptomLabels(_ person: AppContext) throws -> [String: String] {
        Dictionary(try person.reference.symptoms().map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    static func symptomJSON(_ stored: StoredSymptom, labels: [String: String]) -> LoggedSymptomJSON {
        LoggedSymptomJSON(
            id: stored.id,
            symptom: stored.symptom.key,
            label: labels[stored.symptom.key] ?? stored.symptom.key,
            at: stored.symptom.at.iso8601,
            note: stored.symptom.note
        )
    }

    struct EditedSymptomJSON: Encodable {
        var symptom: LoggedSymptomJSON
        var message: String
        /// Red flags the change raised, and those it cleared.
        var notices: [Notice]
        var clearedRedFlags: [String]
    }

    func editSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: ["at", "note"])
        let outcome = try await SymptomEditing.edit(
            try context.recordID(),
            at: try object.requiredString("at"),
            note: try object.stringChange("note"),
            context: person
        )
        return try Self.json(
            EditedSymptomJSON(
                symptom: Self.symptomJSON(outcome.stored, labels: try Self.symptomLabels(person)),
                message: outcome.message,
                notices: outcome.notices,
                clearedRedFlags: outcome.clearedFlags.map(\.flag.id)
            )
        )
    }

    /// Removes a symptom logged by mistake, with the red flag it raised.
    func removeSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let outcome = try await SymptomRemoval.remove(.id(try context.recordID()), context: person)
        let labels = try Self.symptomLabels(person)
        return try Self.json(
            RemovedSymptomJSON(
                removed: outcome.removed.map { Self.symptomJSON($0, labels: labels) },
                message: outcome.message,
                clearedRedFlags: outcome.clearedFlags.map(\.flag.id)
            )
        )
    }

    func logSymptom(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: ["symptom", "at", "note"])
        let outcome = try await SymptomLogging.log(
            key: try object.string("symptom"),
            at: try object.string("at"),
            note: try object.string("note"),
            context: person
        )
        return try Self.json(
            SymptomJSON(
                symptom: outcome.symptom.key,
                at: outcome.symptom.at.iso8601,
                note: outcome.symptom.note,
                added: outcome.isAdded,
                message: outcome.message,
                notices: outcome.notices
            ),
            status: outcome.isAdded ? .created : .ok
        )
    }
}
