/// Where a text is shown: the words for a next step differ between the command line (commands and flags) and the web
/// app and JSON API (pages and fields).
package enum Surface: Sendable {
    case commandLine, web
}
