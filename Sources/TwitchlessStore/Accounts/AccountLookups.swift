/// The person behind a session cookie, with their owner's data version and profile, while the session lasts.
enum SessionLookup: HotStatement {
    static let sql = """
        SELECT u.id, u.owner_id, u.email, u.display_name, u.is_admin, u.is_owner, o.data_version, s.csrf_token, \(profileColumns)
        FROM sessions s JOIN users u ON u.id = s.user_id JOIN owners o ON o.id = u.owner_id
        LEFT JOIN profiles p ON p.owner_id = u.owner_id
        WHERE s.token_hash = $1 AND s.expires_at > $2
        """
    static let parameterTypes: [HotValue.Kind] = [.text, .integer]
}

/// The person behind an API token that has not been revoked, with their owner's data version and profile.
enum APITokenLookup: HotStatement {
    static let sql = """
        SELECT u.id, u.owner_id, u.email, u.display_name, u.is_admin, u.is_owner, o.data_version, \(profileColumns)
        FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN owners o ON o.id = u.owner_id
        LEFT JOIN profiles p ON p.owner_id = u.owner_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL
        """
    static let parameterTypes: [HotValue.Kind] = [.text]
}

/// The profile's columns from `profiles p`, with its owner id as `profile_owner` (null when none is saved).
private let profileColumns =
    "p.owner_id AS profile_owner, "
    + StoreSession.profileColumns.split(separator: ", ").map { "p.\($0)" }.joined(separator: ", ")
