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

    struct EstimateJSON: Encodable {
        var factor: String
        var rate_ratio: Double
        var ci_low: Double
        var ci_high: Double
        var p: Double
        var p_holm: Double
        var sentence: String
    }

    struct AnalysisJSON: Encodable {
        var status: String
        @Nullable var reason: String?
        var days_tracked: Int
        var days_used: Int
        var episodes_used: Int
        @Nullable var lead_model: String?
        var factors: [EstimateJSON]
        var factors_excluded: [String: String]
    }

    struct TrialJSON: Encodable {
        var start: String
        var end: String
        var product: String
        var servings: Double
        var blocks: Int
        var period_days: Int
        var washout_days: Int
        var placebo: Bool
        var plan: [String]
        @Nullable var today: String?
        @Nullable var today_arm: String?
        @Nullable var today_position: String?
    }

    struct TrialReportJSON: Encodable {
        var interim: Bool
        @Nullable var estimate: Double?
        @Nullable var ci_low: Double?
        @Nullable var ci_high: Double?
        @Nullable var p_t: Double?
        @Nullable var p_randomization: Double?
        @Nullable var prob_benefit: Double?
        var untracked_days_excluded: Int
        var summary: [String]
    }

    struct ProfileJSON: Encodable {
        @Nullable var birth: String?
        var sex: String
        var pregnancy: String
        var kidney_disease: String
        var time_zone: String
        var upper_limit_body: String
        @Nullable var country: String?
        var country_is_default: Bool
        @Nullable var emergency_number: String?
        @Nullable var life_stage: String?
        @Nullable var recommended_mg: Double?
        @Nullable var supplement_upper_limit_mg: Double?
        var notices: [NoticeJSON]
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
        let result = try await TriggerAnalysisLoader.run(context: person, options: options)
        let model = result.leadsWithNegativeBinomial ? result.negativeBinomial : result.poisson
        let (status, reason): (String, String?) =
            switch result.status {
            case .ok: ("ok", nil)
            case .notEstimable(let reason): ("not_estimable", reason)
            case .notEnoughData(let reason): ("not_enough_data", reason)
            }
        return try Self.json(
            AnalysisJSON(
                status: status,
                reason: reason,
                days_tracked: result.daysTracked,
                days_used: result.daysUsed,
                episodes_used: result.episodesUsed,
                lead_model: model == nil ? nil : (result.leadsWithNegativeBinomial ? "negative_binomial" : "poisson"),
                factors: result.factorsUsed.compactMap { name in
                    model?.factors[name].map {
                        EstimateJSON(
                            factor: name,
                            rate_ratio: $0.rateRatio,
                            ci_low: $0.ciLow,
                            ci_high: $0.ciHigh,
                            p: $0.p,
                            p_holm: $0.pHolm,
                            sentence: TriggerWording.sentence(name, $0)
                        )
                    }
                },
                factors_excluded: result.factorsExcluded
            )
        )
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

    func trialJSON(_ design: TrialDesign, plan: [String], today: LocalDate?) -> TrialJSON {
        let position = today.flatMap { design.position(on: $0) }
        let instruction = today.flatMap { TrialWording.instruction(design, on: $0) }
        return TrialJSON(
            start: design.startDate.description,
            end: design.endDate.description,
            product: design.product,
            servings: design.servings,
            blocks: design.blocks,
            period_days: design.periodDays,
            washout_days: design.washoutDays,
            placebo: design.usesPlacebo,
            plan: plan,
            today: instruction?.what,
            today_arm: position?.arm.rawValue,
            today_position: instruction?.position
        )
    }

    func designTrial(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let plan = try await TrialPlanning.preview(try await trialRequest(request, context: context), context: person)
        return try Self.json(trialJSON(plan.design, plan: plan.lines, today: nil))
    }

    func startTrial(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let plan = try await TrialPlanning.start(try await trialRequest(request, context: context), context: person)
        return try Self.json(trialJSON(plan.design, plan: plan.lines, today: person.today), status: .created)
    }

    func currentTrial(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let design = try await TrialSupport.current(context: person)
        return try Self.json(trialJSON(design, plan: TrialSupport.describe(design, daily: nil), today: person.today))
    }

    func trialReport(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        let report = try await TrialSupport.report(try await TrialSupport.current(context: person), context: person)
        let stats = report.statistics
        let summary = TrialWording.lines(report).compactMap { line -> String? in
            switch line {
            case .sentence(let text), .plain(let text), .detail(let text): text
            case .blank: nil
            }
        }
        return try Self.json(
            TrialReportJSON(
                interim: report.isInterim,
                estimate: stats.estimate,
                ci_low: stats.ciLow,
                ci_high: stats.ciHigh,
                p_t: stats.pT,
                p_randomization: stats.pRandomization,
                prob_benefit: stats.probabilityOfBenefit,
                untracked_days_excluded: report.untrackedDaysExcluded,
                summary: summary
            )
        )
    }

    func profileJSON(_ person: AppContext, raised: [Notice] = []) throws -> ProfileJSON {
        let profile = person.profile
        let targets = try person.targets(on: person.today)
        let emergency = try person.emergencyContact()
        return ProfileJSON(
            birth: profile.birth?.text,
            sex: profile.sex.rawValue,
            pregnancy: profile.reproductiveStatus.rawValue,
            kidney_disease: profile.kidneyDisease.rawValue,
            time_zone: person.clock.name,
            upper_limit_body: profile.upperLimitBody.rawValue,
            country: emergency.country,
            country_is_default: profile.country == nil,
            emergency_number: emergency.number,
            life_stage: targets.recommended?.lifeStage,
            recommended_mg: targets.recommended?.target.value,
            supplement_upper_limit_mg: targets.upperLimit.limit?.value,
            notices: try ProfileUpdate.notices(context: person, raised: raised).map(NoticeJSON.init)
        )
    }

    func getProfile(_ request: Request, context: AppRequestContext) async throws -> Response {
        try Self.json(try profileJSON(try await person(context)))
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
        return try Self.json(try profileJSON(updated, raised: raised.map { $0.notice() }))
    }

    func downloadReport(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await person(context)
        return try await ReportDownload.response(
            from: request.uri.queryParameters["from"].map(String.init),
            to: request.uri.queryParameters["to"].map(String.init),
            context: person
        )
    }
}
