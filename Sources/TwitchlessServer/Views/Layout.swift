import Foundation
import TwitchlessReference
import TwitchlessReports

/// The page frame: a calm, mobile-first layout that works without JavaScript.
enum Layout {
    struct Navigation {
        var isSignedIn: Bool
        var current: String
        var csrf: String?
        var theme: Theme? = nil
    }

    /// The main navigation: five links fit on a 390 px phone; the rest are on the More page.
    static let links: [(path: String, label: String)] = [
        ("/", "Today"), ("/log", "Log"), ("/history", "History"), ("/magnesium", "Magnesium"), ("/more", "More"),
    ]

    /// The pages listed on More, with a line saying what each is for.
    static let more: [(path: String, label: String, hint: String)] = [
        ("/notices", "Notices and red flags", "Everything that needs your attention, most urgent first."),
        ("/medicines", "Medicines", "What you take, and how to keep magnesium apart from it."),
        ("/analysis", "What goes with your twitches", "Which day factors go with more episodes for you."),
        ("/trial", "Does magnesium help me?", "A trial that takes turns with and without magnesium."),
        ("/report", "Report for your doctor", "One file to print or bring to an appointment."),
        ("/import", "Import and export", "Bring in Apple Health or CSV files; download CSV files, a calendar or a FHIR bundle."),
        ("/profile", "Profile", "Your age, sex, kidneys and time zone: they set your reference values."),
        ("/guide", "Guide", "Short topics from Twitchless's sources."),
        ("/settings", "Settings", "Light or dark colours, invitations and API tokens."),
    ]

    static func page(title: String, navigation: Navigation, body: HTML) -> HTML {
        var nav = HTML()
        if navigation.isSignedIn {
            nav =
                "<nav aria-label=\"Main\"><ul>"
                + links.map { link -> HTML in
                    let inMore = link.path == "/more" && more.contains { navigation.current.hasPrefix($0.path) }
                    let current: HTML = link.path == navigation.current ? " aria-current=\"page\"" : inMore ? " aria-current=\"true\"" : ""
                    return "<li><a href=\"\(link.path)\"\(current)>\(link.label)</a></li>"
                }.joined() + "</ul></nav>"
        }
        let signOut: HTML =
            navigation.isSignedIn
            ? "<form method=\"post\" action=\"/logout\" class=\"signout\">\(HTML.csrfField(navigation.csrf))<button type=\"submit\" class=\"link\">Sign out</button></form>"
            : ""
        return """
            <!doctype html>
            <html lang="en"\(navigation.theme.map { HTML.trusted(" data-theme=\"\($0.rawValue)\"") } ?? "")>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="\(navigation.theme?.rawValue ?? "light dark")">
            <title>\(title) · Twitchless</title>
            <style>\(HTML.trusted(Style.css))</style>
            <script src="\(AppScript.path)" defer></script>
            <link rel="manifest" href="\(WebManifest.path)">
            <link rel="icon" href="/icons/icon.svg" type="image/svg+xml">
            <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">
            <meta name="theme-color" content="#2f6b5e" media="(prefers-color-scheme: light)">
            <meta name="theme-color" content="#111719" media="(prefers-color-scheme: dark)">
            </head>
            <body>
            <a class="skip" href="#main">Skip to the content</a>
            <header><div class="topbar"><p class="brand"><a href="/">Twitchless</a></p>\(signOut)</div>\(nav)</header>
            <main id="main">
            \(body)
            </main>
            <footer><p>Twitchless keeps your own log and says what its sources advise. It never diagnoses: when something worries you, please talk to a doctor.</p></footer>
            </body>
            </html>
            """
    }
}
