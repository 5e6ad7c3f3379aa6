/// One stored value in a backup: what a column holds, in the few kinds the schema uses.
public enum BackupValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int64)
    case real(Double)
    case boolean(Bool)
}

/// The kind of value a backup column holds.
public enum BackupColumnKind: String, Sendable, Hashable {
    case text, integer, real, boolean
}

/// One column of a backup table: its name, its kind and whether it may be empty.
public struct BackupColumn: Sendable, Hashable {
    public var name: String
    public var kind: BackupColumnKind
    public var isOptional: Bool

    public init(_ name: String, _ kind: BackupColumnKind, optional: Bool = false) {
        self.name = name
        self.kind = kind
        self.isOptional = optional
    }

    /// Whether `value` fits this column.
    public func accepts(_ value: BackupValue) -> Bool {
        switch (value, kind) {
        case (.null, _): isOptional
        case (.text, .text), (.integer, .integer), (.real, .real), (.boolean, .boolean): true
        // A whole number read back from JSON for a real column is still that number.
        case (.integer, .real): true
        default: false
        }
    }
}

/// One table of a backup: its name and columns, in the order its rows list their values.
public struct BackupTable: Sendable, Hashable {
    public var name: String
    public var columns: [BackupColumn]

    public init(_ name: String, _ columns: [BackupColumn]) {
        self.name = name
        self.columns = columns
    }
}
