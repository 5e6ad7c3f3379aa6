import Foundation
import Testing
import TwitchlessStore
import TwitchlessTestSupport

/// The web app as people use it: a phone in headless Chromium, and two servers sharing one PostgreSQL.
@Suite("The web app in a real browser and on two servers", .timeLimit(.minutes(10)))
struct WebAppTests {
    static var hasBrowser: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && (try? PythonChecker.run(arguments: ["-c", "import selenium"]))?.status == 0
    }

    /// Serves the runner's database (with the runner's clock unless `environment` says otherwise), runs one script of
    /// `Tests/Browser` against it with a screenshots folder and any further arguments, stops the server and returns what
    /// the script printed. The script must succeed and the server must stop gracefully (SIGTERM: every connection closed,
    /// exit status 0).
    static func browse(
        _ script: String,
        runner: CLIRunner,
        shots: String,
        environment: [String: String]? = nil,
        arguments: [String] = []
    ) async throws -> String {
        let server = try ServerProcess(
            database: runner.database.path,
            environment: environment ?? ["TWITCHLESS_NOW": runner.now, "TZ": "UTC"],
            folder: runner.folder
        )
        let result = try await PythonChecker.runOffPool(
            arguments: [PackagePaths.root.appendingPathComponent("Tests/Browser/\(script)").path, server.address, shots] + arguments
        )
        let output = String(decoding: result.output, as: UTF8.self)
        #expect(result.status == 0, "\(script): \(output)\n\(String(decoding: result.error, as: UTF8.self))")
        #expect(server.stop() == 0)
        return output
    }

    /// Where a browser test keeps its screenshots.
    static func shots(_ name: String) -> String { PackagePaths.root.appendingPathComponent(".build/test-artifacts/\(name)").path }

    @Test("On a 390×844 phone: owner account, an episode in one tap, a check-in, settings; no sideways scrolling, 44 px targets, labels")
    func phone() async throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        let runner = CLIRunner()
        let output = try await Self.browse("phone_flow.py", runner: runner, shots: Self.shots("browser"))
        #expect(output.contains("today-logged"))
        #expect(FileManager.default.fileExists(atPath: Self.shots("browser") + "/03-today-logged.png"))
        // The episode tapped in the browser is in the database the CLI reads.
        let today = try runner.run(["history", "--days", "1", "--json"])
        #expect(today.stdout.contains("\"episodes\" : 1"), "\(today.stdout)")
    }

    @Test("A share link made in one browser opens, with its passcode, in a second browser without an account: the report and nothing else")
    func shareLink() async throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        let output = try await Self.browse("share_link.py", runner: CLIRunner(), shots: Self.shots("share-link"))
        #expect(output.contains("nothing else opens"))
    }

    @Test("On a 390×844 phone: an emergency seen first, a symptom removed by mistake; 25 hours later a follow-up, marked and gone")
    func phoneSafety() async throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        let runner = CLIRunner()
        let shots = Self.shots("browser-safety")
        // Given a server whose clock reads the runner's time, then the same database served 25 hours later
        _ = try await Self.browse("phone_safety.py", runner: runner, shots: shots, arguments: ["log"])
        let later = ["TWITCHLESS_NOW": "2026-11-25T19:00:00Z", "TZ": "UTC"]
        _ = try await Self.browse("phone_safety.py", runner: runner, shots: shots, environment: later, arguments: ["later"])
    }

    @Test(
        "On a 390×844 phone: undo a tap, add details to it, log last night, delete it after the question, stop the trial with a reason, choose dark colours"
    )
    func phoneEdits() async throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        let runner = CLIRunner()
        for step in [
            ["profile", "--birth", "1988-04-02", "--sex", "female", "--time-zone", "UTC"],
            ["supplement", "add", "Magnesium glycinate", "--elemental", "100"],
            [
                "trial", "start", "--product", "Magnesium glycinate", "--blocks", "3", "--period-days", "6", "--washout-days", "2", "--seed", "7",
                "--start", "2026-11-24",
            ],
        ] {
            let result = try runner.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        _ = try await Self.browse("phone_edits.py", runner: runner, shots: Self.shots("phone-edits"))
        #expect(FileManager.default.fileExists(atPath: Self.shots("phone-edits") + "/10-trial-stopped.png"))
        // The command line sees what the browser did: one twitch today, none yesterday, the trial stopped.
        let days = try runner.run(["history", "--days", "2", "--json"])
        #expect(days.stdout.contains("\"episodes\" : 1"), "\(days.stdout)")
        let trial = try runner.run(["trial", "report"])
        #expect(trial.stdout.contains("stopped this trial") && trial.stdout.contains("started a new medicine"), "\(trial.stdout)")
    }

    @Test("On a 390×844 phone offline: a twitch tapped is kept on the phone, sent when the network is back, and stored once")
    func offline() async throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        // The phone's clock is the real one, so the server's is too: the twitch is kept with the time it was tapped.
        let runner = CLIRunner(now: ISO8601DateFormatter().string(from: Date()))
        let output = try await Self.browse("offline.py", runner: runner, shots: Self.shots("offline"), environment: ["TZ": "UTC"])
        #expect(output.contains("offline-logged") && output.contains("online-again"))
        let today = try runner.run(["history", "--days", "2", "--json"])
        #expect(today.stdout.contains("\"episodes\" : 1"), "\(today.stdout)")
    }

    /// The `axe.min.js` that PyPI's axe-playwright-python ships (the test command installs it), when it is there.
    static var axeScript: String? {
        let result = try? PythonChecker.run(arguments: [
            "-c",
            "import importlib.util, os; spec = importlib.util.find_spec('axe_playwright_python'); print(os.path.join(os.path.dirname(spec.origin), 'axe.min.js'))",
        ])
        let path = result.map { String(decoding: $0.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        return result?.status == 0 && FileManager.default.fileExists(atPath: path) ? path : nil
    }

    @Test(
        "Every page, signed in with data, in light and dark colours: axe-core finds no WCAG 2.2 AA violation, charts read at 390 px, nothing scrolls sideways at 320 px"
    )
    func everyPage() async throws {
        try Prerequisite.require(Self.hasBrowser, "chromium-driver and selenium")
        let axe = Self.axeScript
        try Prerequisite.require(axe != nil, "axe-playwright-python (for its axe.min.js)")
        let runner = CLIRunner()
        try Self.seed(runner)
        let shots = Self.shots("every-page")
        try? FileManager.default.removeItem(atPath: shots)
        let output = try await Self.browse("every_page.py", runner: runner, shots: shots, arguments: [axe ?? "", runner.now])
        // The pages a person with data reaches, each checked: the charts, a day, an entry's edit and delete pages.
        for page in [
            "\"/history?range=all\"", "\"/analysis\"", "\"/days/2026-11-20\"", "/edit\"", "/delete\"", "\"/trial\"", "\"/notices\"", "\"/login\"",
            "\"/settings/two-factor\"", "\"/login/code\"",
        ] {
            #expect(output.contains(page), "\(page) was not checked")
        }
        // A QR code reader reads the setup page's QR code off its screenshot, in both colours: the app's address.
        try Prerequisite.require(FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg"), "zbar-tools (zbarimg)")
        let images = try FileManager.default.contentsOfDirectory(atPath: shots).filter {
            $0.hasSuffix("-settings-two-factor-light.png") || $0.hasSuffix("-settings-two-factor-dark.png")
        }
        #expect(images.count == 2, "\(images)")
        for image in images {
            let reader = Process()
            reader.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
            reader.arguments = ["--quiet", "--raw", shots + "/" + image]
            let out = Pipe()
            reader.standardOutput = out
            reader.standardError = FileHandle.nullDevice
            try reader.run()
            let read = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            reader.waitUntilExit()
            #expect(
                read.hasPrefix("otpauth://totp/Twitchless:sam@example.org?secret=") && read.contains("&issuer=Twitchless"),
                "\(image): \(read)"
            )
        }
    }

    /// Twelve weeks of check-ins and episodes, a night imported from Apple Health, a product with intakes, a food, a
    /// medicine, a symptom that needs a doctor and a running trial: every page has something to show.
    static func seed(_ runner: CLIRunner) throws {
        var days = ["date,sleep_hours,stress,caffeine_mg,alcohol_drinks,water_liters,exercise_minutes,processed_meals"]
        var episodes = ["started_at,site,kind,intensity,duration_seconds,pain,note"]
        var random = SplitMix(state: 14)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        for offset in 0..<84 {
            let date = formatter.string(from: Date(timeIntervalSince1970: 1_788_220_800 + Double(offset) * 86_400))
            if date == "2026-11-20" || random.next() % 7 == 0 { continue }
            let sleep = 5 + Double(random.next() % 7) / 2
            days.append("\(date),\(sleep),\(random.next() % 10),\(95 * (random.next() % 4)),\(random.next() % 3),1.5,30,\(random.next() % 3)")
            for index in 0..<Int(random.next() % 4) {
                let site = ["eyelid_left", "calf_right", "face"][index % 3]
                episodes.append("\(date)T\(10 + index * 3):15:00Z,\(site),twitch,\(1 + random.next() % 6),20,0,")
            }
        }
        let steps: [[String]] = [
            ["profile", "--birth", "1988-04-02", "--sex", "female", "--time-zone", "Europe/London"],
            [
                "import", "csv", try runner.write("days.csv", days.joined(separator: "\n") + "\n"),
                try runner.write("episodes.csv", episodes.joined(separator: "\n") + "\n"),
            ],
            ["import", "apple-health", try runner.write("export.xml", SmallHealthExport.xml), "--magnesium-from", "food"],
            ["supplement", "add", "Magnesium glycinate", "--elemental", "100"],
            ["log", "supplement", "Magnesium glycinate", "--servings", "2", "--at", "2026-11-23 09:00"],
            ["log", "supplement", "Magnesium glycinate", "--servings", "2", "--at", "09:00"],
            ["log", "food", "pumpkin seeds", "--amount", "1 oz", "--at", "12:30"],
            ["medicine", "add", "levothyroxine", "--schedule", "07:00"],
            ["log", "symptom", "muscle_wasting", "--at", "08:00"],
            [
                "trial", "start", "--product", "Magnesium glycinate", "--blocks", "3", "--period-days", "6", "--washout-days", "2", "--seed", "7",
                "--start", "2026-11-24",
            ],
        ]
        for step in steps {
            let result = try runner.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
    }

    @Test("A second server on a port already in use says so plainly and exits 69")
    func portInUse() throws {
        let runner = CLIRunner()
        let server = try ServerProcess(database: runner.database.path, folder: runner.folder)
        let port = String(server.address.split(separator: ":").last ?? "")
        let second = try runner.run(
            ["serve", "--port", port, "--database", runner.folder.appendingPathComponent("other.sqlite").path],
            useDatabase: false
        )
        #expect(second.status == 69)
        #expect(second.stderr.contains("could not start"))
        #expect(server.stop() == 0)
    }

    @Test("Two servers on one PostgreSQL: sign in on one, log through the other, see it on both; both stop gracefully")
    func twoServers() async throws {
        guard case .postgres(url: let url) = try await TestStores.freshLocation(.postgres) else {
            Issue.record("not a PostgreSQL location")
            return
        }
        let folder = CLIRunner().folder
        let first = try ServerProcess(database: url, folder: folder)
        let second = try ServerProcess(database: url, folder: folder)
        let result = try await PythonChecker.runOffPool(arguments: [
            PackagePaths.root.appendingPathComponent("Tests/Browser/two_servers.py").path, first.address, second.address,
        ])
        #expect(result.status == 0, "\(String(decoding: result.output, as: UTF8.self))\(String(decoding: result.error, as: UTF8.self))")
        #expect(first.stop() == 0)
        #expect(second.stop() == 0)
    }
}
