extension Migration {
    /// A trial stopped before its planned end keeps the day it was stopped and the person's reason.
    static let v11TrialStop = Migration(
        name: "v11_trial_stop",
        statements: [
            "ALTER TABLE trials ADD COLUMN stopped_on TEXT",
            "ALTER TABLE trials ADD COLUMN stop_reason TEXT",
        ]
    )
}
