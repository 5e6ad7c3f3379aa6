import Foundation
import Hummingbird
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessStore

/// The API's red-flag acknowledgements, trigger analysis, trial, profile and doctor report.
extension APIController {
    struct AcknowledgedJSON: Encodable {
        var id: String
        var message: String
    }

    func acknowledgeNotice(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let flag = try await SafetyReview.acknowledge(flagID: try context.parameters.require("id"), context: person)
        return try Self.json(AcknowledgedJSON(id: flag.flag.id, message: SafetyReview.acknowledgementMessage(flag)))
    }

    func analyzeTriggers(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let options = TriggerAnalysis.Options(
            lags: request.uri.queryParameters["lags"] == "true",
            dayOfWeek: request.uri.queryParameters["day_of_week"] == "true"
        )
        return try Self.json(AnalysisDocument(try await TriggerAnalysisLoader.run(context: person, options: options)))
    }

    static let trialFields: Set<String> = ["product", "servings", "blocks", "period_days", "washout_days", "placebo", "start"]

    func trialRequest(_ request: Request, context: AppRequestContext) async throws -> TrialRequest {
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: Self.trialFields)
        guard let product = try object.string("product") else {
            throw TwitchlessError.invalidInput(
                "The product is missing.",
                fix: "Send the name of one of your products, like {\"product\": \"Magnesium glycinate\"}."
            )
        }
        return TrialRequest(
            product: product,
            servings: try object.number("servings") ?? 1,
            blocks: try object.integer("blocks") ?? 6,
            periodDays: try object.integer("period_days") ?? 14,
            washoutDays: try object.integer("washout_days") ?? 4,
            placebo: try object.bool("placebo") ?? false,
            start: try object.string("start")
        )
    }

    func designTrial(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let plan = try await TrialPlanning.preview(try await trialRequest(request, context: context), context: person)
        return try Self.json(TrialDocument(plan.design, plan: plan.lines, today: nil))
    }

    func startTrial(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let plan = try await TrialPlanning.start(try await trialRequest(request, context: context), context: person)
        return try Self.json(TrialDocument(plan.design, plan: plan.lines, today: person.today), status: .created)
    }

    func currentTrial(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let design = try await TrialSupport.current(context: person)
        return try Self.json(TrialDocument(design, plan: TrialSupport.describe(design, daily: nil), today: person.today))
    }

    func stopTrial(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(try await RequestInput.bytes(request, context: context), allowed: ["reason"])
        let status = try await TrialPlanning.stop(reason: try object.string("reason"), context: person)
        return try Self.json(TrialDocument(status.design, plan: TrialSupport.describe(status.design, daily: nil), today: person.today))
    }

    func trialReport(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try Self.json(TrialReportDocument(try await TrialSupport.report(try await TrialSupport.current(context: person), context: person)))
    }

    func getProfile(_ request: Request, context: AppRequestContext) async throws -> Response {
        try Self.json(try ProfileDocument(try await person(context)))
    }

    func putProfile(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let object = try RequestInput.object(
            try await RequestInput.bytes(request, context: context),
            allowed: ["birth", "sex", "pregnancy", "kidney_disease", "time_zone", "upper_limit_body", "kidney_doctor_agreed", "country"]
        )
        let update = ProfileUpdate(
            birth: try object.string("birth"),
            sex: try object.string("sex"),
            pregnancy: try object.string("pregnancy"),
            kidney: try object.string("kidney_disease"),
            timeZone: try object.string("time_zone"),
            upperLimit: try object.string("upper_limit_body"),
            kidneyDoctorAgreed: try object.string("kidney_doctor_agreed"),
            country: try object.string("country")
        )
        let (updated, raised) = try await update.save(context: person)
        return try Self.json(try ProfileDocument(updated, raised: raised.map { $0.notice() }))
    }

    func downloadReport(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try await ReportDownload.response(
            from: request.uri.queryParameters["from"].map(String.init),
            to: request.uri.queryParameters["to"].map(String.init),
            context: person
        )
    }

    func downloadBackup(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let outcome = try await PersonBackup.make(context: person)
        return ExportController.download(outcome.data, type: "application/x-ndjson", name: "twitchless-\(person.today).twitchless-backup")
    }
}
