package import TwitchlessCore

/// Which day factors go with more or fewer episodes, as `analyze triggers --json` and `GET /api/v1/analysis/triggers`
/// show it.
package struct AnalysisDocument: Encodable, Sendable {
    package struct Estimate: Encodable, Sendable {
        package var factor: String
        package var rateRatio: Double
        package var ciLow: Double
        package var ciHigh: Double
        package var p: Double
        package var pHolm: Double
        /// The days the model used.
        package var days: Int
        /// The estimate in a plain sentence.
        package var sentence: String
    }

    package struct Model: Encodable, Sendable {
        /// The Poisson model's Pearson chi-squared per degree of freedom (overdispersion when well above 1).
        @Nullable package var pearsonChi2DF: Double?
        /// The negative binomial model's dispersion.
        @Nullable package var alpha: Double?
        package var factors: [String: Estimate]
    }

    package var status: String
    @Nullable package var reason: String?
    package var daysTracked: Int
    package var daysUsed: Int
    package var daysDroppedForMissing: Int
    package var episodesUsed: Int
    package var factorsUsed: [String]
    package var factorsExcluded: [String: String]
    /// The model the estimates in `factors` come from: "poisson" or "negative_binomial".
    @Nullable package var leadModel: String?
    /// The lead model's estimates, in the order of `factors_used`.
    package var factors: [Estimate]
    @Nullable package var poisson: Model?
    @Nullable package var negativeBinomial: Model?

    package init(_ result: TriggerAnalysis.Result) {
        func estimate(_ name: String, _ value: TriggerAnalysis.Estimate) -> Estimate {
            Estimate(
                factor: name,
                rateRatio: value.rateRatio,
                ciLow: value.ciLow,
                ciHigh: value.ciHigh,
                p: value.p,
                pHolm: value.pHolm,
                days: result.daysUsed,
                sentence: TriggerWording.sentence(name, value)
            )
        }
        func model(_ fit: TriggerAnalysis.ModelResult?, poisson: Bool) -> Model? {
            fit.map { fit in
                Model(
                    pearsonChi2DF: poisson ? fit.pearsonChi2PerDF : nil,
                    alpha: poisson ? nil : fit.alpha,
                    factors: Dictionary(uniqueKeysWithValues: fit.factors.map { ($0.key, estimate($0.key, $0.value)) })
                )
            }
        }
        switch result.status {
        case .ok: (status, reason) = ("ok", nil)
        case .notEstimable(let text): (status, reason) = ("not_estimable", text)
        case .notEnoughData(let text): (status, reason) = ("not_enough_data", text)
        }
        daysTracked = result.daysTracked
        daysUsed = result.daysUsed
        daysDroppedForMissing = result.daysDroppedForMissing
        episodesUsed = result.episodesUsed
        factorsUsed = result.factorsUsed
        factorsExcluded = result.factorsExcluded
        let lead = result.leadsWithNegativeBinomial ? result.negativeBinomial : result.poisson
        leadModel = lead == nil ? nil : (result.leadsWithNegativeBinomial ? "negative_binomial" : "poisson")
        factors = result.factorsUsed.compactMap { name in lead?.factors[name].map { estimate(name, $0) } }
        poisson = model(result.poisson, poisson: true)
        negativeBinomial = model(result.negativeBinomial, poisson: false)
    }
}
