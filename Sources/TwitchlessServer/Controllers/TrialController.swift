import Foundation
import TwitchlessReference
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessStore

/// The N-of-1 trial: design (a preview, nothing stored), start, today's arm, and the report.
struct TrialController {
    let store: TwitchlessStore

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/trial", use: page)
        router.post("/trial/design", use: design)
        router.post("/trial/start", use: start)
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await TodayController.personContext(context, store: store)
        return try await render(person: person, context: context)
    }

    func design(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        return try await FormState.submit(form, form: "trial") {
            let trialRequest = try Self.request(form)
            return (trialRequest, try await Self.preview(trialRequest, context: person).1)
        } then: { preview in
            try await render(person: person, context: context, preview: preview, request: preview.0)
        } redisplay: { failed in
            try await render(person: person, context: context, failed: failed)
        }
    }

    func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await TodayController.personContext(context, store: store)
        // A refused start shows on the design form, where the plan can be changed.
        return try await FormState.submit(form, form: "trial") {
            try await Self.start(try Self.request(form), context: person)
        } then: { design in
            try await render(person: person, context: context, message: "Your trial is set up. It starts on \(design.startDate).")
        } redisplay: { failed in
            try await render(person: person, context: context, failed: failed)
        }
    }

    /// The design and its description, after the safety checks; nothing is stored.
    static func preview(_ request: TrialRequest, context: AppContext) async throws -> (TrialDesign, [String]) {
        let design = try await TrialSupport.design(request, seed: 0, context: context)
        let product = try await context.read { try await $0.product(named: design.product) }
        return (design, TrialSupport.describe(design, daily: product.map { $0.product.elementalPerServing * design.servings }))
    }

    /// Draws the order at random and stores the trial.
    static func start(_ request: TrialRequest, context: AppContext) async throws -> TrialDesign {
        var system = SystemRandomNumberGenerator()
        let design = try await TrialSupport.design(request, seed: system.next(), context: context)
        guard design.startDate >= context.today else {
            throw TwitchlessError.invalidInput("A trial can't start in the past (\(design.startDate)).", fix: "Start today or later.")
        }
        try await context.write { try await $0.insertTrial(design) }
        return design
    }

    /// The form's fields as a trial request.
    static func request(_ form: [String: String]) throws -> TrialRequest {
        func whole(_ key: String, _ name: String, default value: Int) throws -> Int { try TodayController.number(form[key], name) ?? value }
        let servingsText = (form["servings"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let servings = servingsText.isEmpty ? 1 : FoodAmount.number(servingsText) else {
            throw TwitchlessError.invalidInput("\"\(servingsText)\" is not a number of servings.", fix: "Please give a number like 1 or 2.")
        }
        let start = (form["start"] ?? "").trimmingCharacters(in: .whitespaces)
        return TrialRequest(product: form["product"] ?? "", servings: servings, blocks: try whole("blocks", "Blocks", default: 6),
                            periodDays: try whole("period_days", "Days in each period", default: 14),
                            washoutDays: try whole("washout_days", "Washout days", default: 4),
                            placebo: form["placebo"] == "yes", start: start.isEmpty ? nil : start)
    }

    /// The current trial with today's position and its report, or nil when there is none.
    static func current(context: AppContext) async throws -> TrialPage.Current? {
        guard !(try await context.read { try await $0.trials() }).isEmpty else { return nil }
        let design = try await TrialSupport.current(context: context)
        let tracked = try await context.read { try await $0.dayLog(on: context.today)?.isTracked ?? false }
        let report = context.today >= design.startDate ? try await TrialSupport.report(design, context: context) : nil
        return TrialPage.Current(design: design, today: context.today, isTrackedToday: tracked, report: report)
    }

    func render(person: AppContext, context: AppRequestContext, preview: (TrialRequest, [String])? = nil, request: TrialRequest? = nil,
                message: String? = nil, failed: FormState? = nil) async throws -> Response {
        let current = try await Self.current(context: person)
        let products = try await person.read { try await $0.products() }
        return Pages.page("Trial", context: context, current: "/trial",
                          body: TrialPage.render(current: current, preview: preview, request: request, products: products, csrf: context.csrfToken, message: message, failed: failed))
    }
}
