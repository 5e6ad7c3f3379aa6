import TwitchlessReference
import TwitchlessStore
import ArgumentParser

/// Options every command that touches the database accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite database file to use.",
        discussion: "Defaults to $TWITCHLESS_DATABASE, else ~/.local/share/twitchless/twitchless.sqlite (XDG_DATA_HOME is respected).",
        valueName: "path"))
    var database: String?
}

/// The `--json` flag of read commands.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print the result as JSON (stable, documented field names) instead of text.")
    var json = false
}
