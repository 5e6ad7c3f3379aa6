/// A one-line chart of counts using block characters; untracked days show as "·".
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value; nil values (untracked days) become "·", zero becomes " ".
    public static func render(_ values: [Int?]) -> String {
        let maximum = values.compactMap { $0 }.max() ?? 0
        return String(
            values.map { value -> Character in
                guard let value else { return "·" }
                if value == 0 || maximum == 0 { return value == 0 ? "_" : levels[0] }
                let index = Int((Double(value) / Double(maximum) * Double(levels.count - 1)).rounded())
                return levels[min(max(index, 0), levels.count - 1)]
            }
        )
    }
}
