import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

extension LogPage {
    /// The Log page, with the food search's matches for `foodQuery`; with `failed`, the refused form shows what was
    /// sent and why.
    static func response(person: AppContext, context: AppRequestContext, foodQuery: String?, failed: FormState? = nil) async throws -> Response {
        let (day, products) = try await person.read { (try await $0.ownDayLog(on: person.today), try await $0.products()) }
        let logged = try await SymptomRemoval.recent(context: person)
        let query = foodQuery.map { String($0.prefix(100)).trimmingCharacters(in: .whitespaces) }
        var intakes = LogPage.Intakes(
            now: person.clock.timestamp(person.now),
            foodQuery: query,
            products: products,
            symptoms: try person.reference.symptoms(),
            logged: logged,
            emergency: try person.emergencyContact()
        )
        if let query, !query.isEmpty { intakes.foods = try FoodLogging.search(query, limit: 8, context: person) }
        return Pages.page(
            "Log",
            context: context,
            current: "/log",
            body: LogPage.render(
                csrf: context.csrfToken,
                day: day,
                today: person.today,
                now: person.clock.timestamp(person.now),
                intakes: intakes,
                failed: failed
            )
        )
    }
}
