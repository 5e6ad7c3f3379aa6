import SQLKit

extension StoreSession {
    /// A text that stays the same for this owner in this database (its id and when it was created), from which
    /// exports derive stable ids. Never shown.
    public func exportKey() async throws -> String {
        let created =
            try await database.raw("SELECT created_at FROM owners WHERE id = \(bind: owner.rawValue)").first()
            .map { try $0.value("created_at", as: String.self) } ?? ""
        return owner.rawValue + "@" + created
    }
}
