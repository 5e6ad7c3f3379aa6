/// The Twitchless backup format, version 1 (described in docs/backup.md).
///
/// A UTF-8 text file of JSON lines:
/// 1. `{"format":"twitchless-backup","version":1}`
/// 2. for each table, in a fixed order: `{"table":NAME,"columns":[…],"rows":N}`, then N lines, each a JSON array of
///    that row's values in column order (strings, numbers, true/false, null);
/// 3. `{"end":true,"rows":TOTAL,"sha256":HEX}`, the SHA-256 of every byte before this line.
///
/// Rows are sorted by their key and numbers written in their shortest exact form, so the same data always gives the
/// same bytes: a backup restored and backed up again is the same file.
public enum BackupFormat {
    /// The name in every backup's first line.
    public static let name = "twitchless-backup"
    /// The version this build writes, and the newest it reads.
    public static let version = 1
    /// The largest backup read (a person's ten years of data is a few megabytes).
    public static let maximumBytes = 512 * 1024 * 1024
}
