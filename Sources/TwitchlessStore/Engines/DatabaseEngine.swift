/// Which database a store runs on.
public enum DatabaseEngine: String, Sendable, CaseIterable {
    case sqlite, postgresql
}
