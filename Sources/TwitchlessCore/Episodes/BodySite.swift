/// Where an episode was felt. The raw values are the one vocabulary of the CLI, CSV files and JSON.
public enum BodySite: String, CaseIterable, Sendable, Codable {
    case eyelidLeft = "eyelid_left"
    case eyelidRight = "eyelid_right"
    case face
    case arm
    case hand
    case trunk
    case thigh
    case calfLeft = "calf_left"
    case calfRight = "calf_right"
    case foot
    case other

    /// Plain words for screens: "left eyelid".
    public var displayName: String {
        switch self {
        case .eyelidLeft: "left eyelid"
        case .eyelidRight: "right eyelid"
        case .face: "face"
        case .arm: "arm"
        case .hand: "hand"
        case .trunk: "trunk"
        case .thigh: "thigh"
        case .calfLeft: "left calf"
        case .calfRight: "right calf"
        case .foot: "foot"
        case .other: "somewhere else"
        }
    }

    /// Reads a site name, forgiving case, spaces and hyphens ("Left eyelid" is not accepted; "eyelid-left" is).
    /// - Throws: `invalidInput` listing the valid names.
    public init(parsing text: String) throws(TwitchlessError) {
        guard let site = BodySite(rawValue: text.vocabularyKey) else {
            throw .invalidInput(
                "\"\(text)\" is not a body site we know.",
                fix: "Please use one of: \(BodySite.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        self = site
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// The text as a key of the app's vocabularies: trimmed, lowercased, hyphens and spaces as underscores
    /// ("Calf-left" → "calf_left", "on dialysis" → "on_dialysis").
    public var vocabularyKey: String {
        trimmingWhitespace().lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
    }
}
