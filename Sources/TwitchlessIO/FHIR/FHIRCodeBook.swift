public import TwitchlessCore

/// The codes the FHIR export uses, by key (`app/fhir_codes.csv`): LOINC where one was verified, else the
/// Twitchless code system documented in `docs/fhir.md`.
public struct FHIRCodeBook: Sendable {
    public let codes: [String: FHIRCode]

    /// The keys the export needs.
    public static let requiredKeys: [String] =
        [
            "episode_intensity", "episode_duration", "episode_pain", "tracked_day",
            "reported_supplement_magnesium", "trial_result", "trial_difference", "trial_ci_low", "trial_ci_high",
            "trial_p_randomization", "trial_probability_of_benefit", "red_flag",
        ]
        + EpisodeKind.allCases.map { "episode_" + $0.rawValue } + BodySite.allCases.map { "site_" + $0.rawValue }
        + DayFactor.allCases.map(\.rawValue)

    /// - Throws: `internalFailure` naming a required key the table lacks.
    public init(codes: [String: FHIRCode]) throws(TwitchlessError) {
        if let missing = Self.requiredKeys.first(where: { codes[$0] == nil }) {
            throw TwitchlessError(.internalFailure, "The FHIR code table has no row for \"\(missing)\".", fix: "Please reinstall Twitchless.")
        }
        self.codes = codes
    }

    /// The code for `key`; only required keys are asked for.
    subscript(key: String) -> FHIRCode { codes[key]! }

    /// The Twitchless code system's URL (the system of the red-flag row).
    public var twitchlessSystem: String { self["red_flag"].system }
}
