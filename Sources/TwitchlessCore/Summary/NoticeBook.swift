/// The wording of every notice the app can give, by id (`notices.csv` and the `kidney_disease` row of
/// `medication_interactions.csv`).
public struct NoticeBook: Sendable {
    public var texts: [String: NoticeText]

    public init(texts: [NoticeText]) {
        self.texts = Dictionary(texts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The notice `id` with its placeholders filled; nil when the book has no such id.
    public func notice(_ id: NoticeID, _ values: [String: String] = [:]) -> Notice? {
        texts[id.rawValue]?.notice(values)
    }

    /// The kidney notice for a status, or nil when none is needed (POLICIES.md: Kidney disease).
    public func kidneyNotice(for status: Profile.KidneyStatus) -> Notice? {
        switch status {
        case .none: nil
        case .yes: notice(.kidneyDisease)
        case .dialysis: notice(.kidneyDiseaseDialysis)
        case .notSure: notice(.kidneyDiseaseNotSure)
        }
    }
}
