import SQLKit
public import TwitchlessCore

/// The tables a person's backup holds, in the order they are written and restored (a row's references come first), with
/// the columns each keeps. The owner column is left out (a restore writes the restoring person's), and so is everything
/// that belongs to the account or the device rather than to the data: sign-in, sessions, API tokens, push
/// subscriptions, reminders already sent, idempotency keys.
public enum PersonTables {
    public struct Table: Sendable {
        public var table: BackupTable
        /// The columns rows are sorted by, so the same data always gives the same backup.
        public var key: [String]
        /// Whether a restore replaces this table's rows (settings a new account may already have) rather than needing
        /// the account to have none.
        public var isReplaced: Bool
    }

    private static func table(_ name: String, key: [String], replaced: Bool = false, _ columns: [BackupColumn]) -> Table {
        Table(table: BackupTable(name, columns), key: key, isReplaced: replaced)
    }

    private static func t(_ name: String) -> BackupColumn { BackupColumn(name, .text) }
    private static func t(_ name: String, _: MayBeEmpty) -> BackupColumn { BackupColumn(name, .text, optional: true) }
    private static func i(_ name: String) -> BackupColumn { BackupColumn(name, .integer) }
    private static func i(_ name: String, _: MayBeEmpty) -> BackupColumn { BackupColumn(name, .integer, optional: true) }
    private static func r(_ name: String) -> BackupColumn { BackupColumn(name, .real) }
    private static func r(_ name: String, _: MayBeEmpty) -> BackupColumn { BackupColumn(name, .real, optional: true) }
    private static func b(_ name: String) -> BackupColumn { BackupColumn(name, .boolean) }
    private static func b(_ name: String, _: MayBeEmpty) -> BackupColumn { BackupColumn(name, .boolean, optional: true) }
    private enum MayBeEmpty { case mayBeEmpty }
    private static let o = MayBeEmpty.mayBeEmpty

    /// Format version 1.
    public static let all: [Table] = [
        table(
            "profiles",
            key: [],
            replaced: true,
            [
                t("birth_date", o), i("birth_year", o), t("sex"), t("reproductive_status"), t("kidney_disease"), t("time_zone", o),
                t("upper_limit_body"), t("updated_at"), t("kidney_doctor_agreed_on", o), t("country", o),
            ]
        ),
        table("owner_settings", key: ["name"], replaced: true, [t("name"), t("value"), t("updated_at")]),
        table(
            "reminder_settings",
            key: [],
            replaced: true,
            [
                i("check_in_at", o), i("magnesium_at", o), b("magnesium_follows_plan"), i("trial_at", o), i("quiet_start", o),
                i("quiet_end", o), t("email", o), t("updated_at"),
            ]
        ),
        table(
            "episodes",
            key: ["id"],
            [
                t("id"), i("started_at"), i("utc_offset_seconds"), t("local_date"), t("site"), t("kind"), i("intensity", o),
                i("duration_seconds", o), i("pain", o), t("note", o), t("created_at"),
            ]
        ),
        table(
            "day_logs",
            key: ["date"],
            [
                t("date"), b("is_tracked"), r("sleep_hours", o), i("stress", o), r("caffeine_mg", o), r("alcohol_drinks", o),
                r("water_liters", o), r("exercise_minutes", o), b("prolonged_muscle_use", o), i("processed_meals", o),
                i("reported_supplement_magnesium_ug", o), t("updated_at"), r("mindful_minutes", o),
            ]
        ),
        table(
            "supplement_products",
            key: ["id"],
            [
                t("id"), t("name"), t("name_key"), t("kind"), t("serving_unit"), i("elemental_ug_per_serving"),
                i("elemental_ug_per_serving_low", o), t("form", o), i("compound_ug_per_serving", o), t("basis"), t("created_at"),
            ]
        ),
        table(
            "supplement_intakes",
            key: ["id"],
            [
                t("id"), t("product_id"), i("taken_at"), i("utc_offset_seconds"), t("local_date"), r("servings"), i("elemental_ug"),
                i("elemental_ug_low", o), t("created_at"),
            ]
        ),
        table(
            "food_intakes",
            key: ["id"],
            [
                t("id"), t("food_id"), t("description"), i("eaten_at"), i("utc_offset_seconds"), t("local_date"), r("grams"),
                t("portion"), i("magnesium_ug", o), t("created_at"),
            ]
        ),
        table(
            "medicines",
            key: ["id"],
            [t("id"), t("name"), t("name_key"), t("schedule"), t("start_date", o), t("end_date", o), t("chosen_rule", o), t("created_at")]
        ),
        table(
            "symptoms",
            key: ["id"],
            [t("id"), t("symptom"), i("logged_at"), i("utc_offset_seconds"), t("local_date"), t("note", o), t("created_at")]
        ),
        table("red_flag_acknowledgements", key: ["id"], [t("id"), t("flag_id"), t("covers"), t("since"), t("acknowledged_at")]),
        table("region_starts", key: ["region"], [t("region"), t("started_on"), t("updated_at")]),
        table(
            "trials",
            key: ["id"],
            [
                t("id"), t("start_date"), t("end_date"), i("blocks"), i("period_days"), i("washout_days"), t("product"), r("servings"),
                b("uses_placebo"), t("seed"), t("allocation"), t("created_at"), t("stopped_on", o), t("stop_reason", o),
            ]
        ),
        table(
            "imported_day_values",
            key: ["source", "date", "factor"],
            [t("source"), t("date"), t("factor"), r("value"), t("updated_at")]
        ),
        table(
            "share_links",
            key: ["id"],
            [
                t("id"), t("token_hash"), t("from_date"), t("to_date"), i("expires_at"), t("passcode_hash", o), i("wrong_passcodes"),
                t("revoked_at", o), i("opened_count"), i("last_opened_at", o), t("created_at"),
            ]
        ),
    ]

    /// The tables as the backup format lists them.
    public static var backupTables: [BackupTable] { all.map(\.table) }

    /// Tables with an owner that a person's backup leaves out, and why: each belongs to the account or a device.
    public static let leftOut: [String: String] = [
        "users": "the account itself: its email, name and password",
        "push_subscriptions": "a browser's notification address, which belongs to that device",
        "reminder_sends": "reminders already sent",
        "idempotency_keys": "answers to requests already made",
    ]
}

extension TwitchlessStore {
    /// Every table with an owner column and its columns as the backup format would name them (SQLite only; tests
    /// compare it with `PersonTables`).
    public func tablesWithOwner() async throws -> [String: [BackupColumn]] {
        try await withDatabase { database in
            var tables: [String: [BackupColumn]] = [:]
            for name in Self.tablesInOrder {
                let columns = try await Self.columns(of: name, in: database)
                if columns.contains(where: { $0.name == "owner_id" }) { tables[name] = columns }
            }
            return tables
        }
    }
}
