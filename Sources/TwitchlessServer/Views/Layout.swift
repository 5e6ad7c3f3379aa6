/// The page frame: a calm, mobile-first layout that works without JavaScript.
enum Layout {
    struct Navigation {
        var isSignedIn: Bool
        var current: String
        var csrf: String?
    }

    static let links: [(path: String, label: String)] = [
        ("/", "Today"), ("/log", "Log"), ("/history", "History"), ("/settings", "Settings"),
    ]

    static func page(title: String, navigation: Navigation, body: String) -> String {
        var nav = ""
        if navigation.isSignedIn {
            nav = "<nav aria-label=\"Main\"><ul>" + links.map { link in
                let current = link.path == navigation.current ? " aria-current=\"page\"" : ""
                return "<li><a href=\"\(link.path)\"\(current)>\(link.label)</a></li>"
            }.joined() + "</ul></nav>"
        }
        let signOut = navigation.isSignedIn
            ? "<form method=\"post\" action=\"/logout\" class=\"signout\">\(HTML.csrfField(navigation.csrf))<button type=\"submit\" class=\"link\">Sign out</button></form>"
            : ""
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · Twitchless</title>
            <style>\(Style.css)</style>
            </head>
            <body>
            <a class="skip" href="#main">Skip to the content</a>
            <header><p class="brand"><a href="/">Twitchless</a></p>\(signOut)\(nav)</header>
            <main id="main">
            \(body)
            </main>
            <footer><p>Twitchless keeps your own log and says what its sources advise. It never diagnoses: when something worries you, please talk to a doctor.</p></footer>
            </body>
            </html>
            """
    }
}
