import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

/// The N-of-1 trial: design (a preview, nothing stored), start, today's arm, and the report.
struct TrialController {
    let store: TwitchlessStore

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/trial", use: page)
        router.post("/trial/design", use: design)
        router.post("/trial/start", use: start)
        router.post("/trial/stop", use: stop)
    }

    func stop(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "stop") {
            try await TrialPlanning.stop(reason: form["reason"], context: person)
        } then: { _ in
            try await render(person: person, context: context, message: "Your trial is stopped. The report below says when and why.")
        } redisplay: { failed in
            try await render(person: person, context: context, failed: failed)
        }
    }

    func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await context.person(store)
        return try await render(person: person, context: context)
    }

    func design(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        return try await FormState.submit(form, form: "trial") {
            let trialRequest = try Self.request(form)
            return (trialRequest, try await TrialPlanning.preview(trialRequest, context: person).lines)
        } then: { preview in
            try await render(person: person, context: context, preview: preview, request: preview.0)
        } redisplay: { failed in
            try await render(person: person, context: context, failed: failed)
        }
    }

    func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await RequestInput.form(request, context: context)
        try context.checkCSRF(form)
        let person = try await context.person(store)
        // A refused start shows on the design form, where the plan can be changed.
        return try await FormState.submit(form, form: "trial") {
            try await TrialPlanning.start(try Self.request(form), context: person)
        } then: { plan in
            try await render(person: person, context: context, message: "Your trial is set up. It starts on \(plan.design.startDate).")
        } redisplay: { failed in
            try await render(person: person, context: context, failed: failed)
        }
    }

    /// The form's fields as a trial request.
    static func request(_ form: [String: String]) throws -> TrialRequest {
        func whole(_ key: String, _ name: String, default value: Int) throws -> Int { try InputText.whole(form[key], name) ?? value }
        let servingsText = (form["servings"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let servings = servingsText.isEmpty ? 1 : FoodAmount.number(servingsText) else {
            throw TwitchlessError.invalidInput("\"\(servingsText)\" is not a number of servings.", fix: "Please give a number like 1 or 2.")
        }
        let start = (form["start"] ?? "").trimmingCharacters(in: .whitespaces)
        return TrialRequest(
            product: form["product"] ?? "",
            servings: servings,
            blocks: try whole("blocks", "Blocks", default: 6),
            periodDays: try whole("period_days", "Days in each period", default: 14),
            washoutDays: try whole("washout_days", "Washout days", default: 4),
            placebo: form["placebo"] == "yes",
            start: start.isEmpty ? nil : start
        )
    }

    func render(
        person: AppContext,
        context: AppRequestContext,
        preview: (TrialRequest, [String])? = nil,
        request: TrialRequest? = nil,
        message: String? = nil,
        failed: FormState? = nil
    ) async throws -> Response {
        let current = try await TrialPlanning.status(context: person).map { status in
            TrialPage.Current(design: status.design, today: person.today, isTrackedToday: status.isTrackedToday, report: status.report)
        }
        let products = try await ProductList.list(context: person)
        return Pages.page(
            "Trial",
            context: context,
            current: "/trial",
            body: TrialPage.render(
                current: current,
                preview: preview,
                request: request,
                products: products,
                csrf: context.csrfToken,
                message: message,
                failed: failed
            )
        )
    }
}
