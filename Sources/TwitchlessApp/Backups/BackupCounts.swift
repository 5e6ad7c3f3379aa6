import Foundation
package import TwitchlessCore

/// How many rows of each kind a backup holds, and the same in plain words.
package struct BackupCounts: Sendable, Equatable {
    /// Rows per table, in the backup's order.
    package var tables: [(name: String, rows: Int)]

    package init(_ tables: [(String, Int)]) { self.tables = tables.map { (name: $0.0, rows: $0.1) } }

    package static func == (left: BackupCounts, right: BackupCounts) -> Bool {
        left.tables.map(\.name) == right.tables.map(\.name) && left.tables.map(\.rows) == right.tables.map(\.rows)
    }

    package var total: Int { tables.reduce(0) { $0 + $1.rows } }

    package func rows(_ table: String) -> Int { tables.first { $0.name == table }?.rows ?? 0 }

    /// "312 episodes, 90 days of check-ins, 2 products": the kinds a person recognises, leaving out empty ones.
    package var summary: String {
        let parts = Self.kinds.compactMap { table, one, many -> String? in
            let count = rows(table)
            return count == 0 ? nil : "\(count) \(count == 1 ? one : many)"
        }
        return parts.isEmpty ? "no entries yet" : parts.joined(separator: ", ")
    }

    /// Plain words for tables that hold something: "episodes, day check-ins".
    package static func words(for tables: [String]) -> String {
        tables.map { table in kinds.first { $0.0 == table }?.2 ?? table.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
    }

    private static let kinds: [(String, String, String)] = [
        ("episodes", "episode", "episodes"),
        ("day_logs", "day of check-ins", "days of check-ins"),
        ("imported_day_values", "imported day value", "imported day values"),
        ("supplement_products", "product", "products"),
        ("supplement_intakes", "supplement dose", "supplement doses"),
        ("food_intakes", "food", "foods"),
        ("medicines", "medicine", "medicines"),
        ("symptoms", "symptom", "symptoms"),
        ("red_flag_acknowledgements", "acknowledged warning", "acknowledged warnings"),
        ("region_starts", "started region", "started regions"),
        ("trials", "trial", "trials"),
        ("share_links", "share link", "share links"),
    ]
}
