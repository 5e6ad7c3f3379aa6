import Foundation
import Testing
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessReports
import TwitchlessTestSupport

@testable import TwitchlessServer

/// The next step is a value that each surface words its own way: no command or flag ever reaches a web page or an
/// API client, and no web page reaches the command line.
@Suite("Next steps on every surface")
struct NextStepSurfaceTests {
    /// One of every step (a new case belongs here too: `action` names must stay unique).
    static let everyStep: [NextStep] =
        [
            .markTalkedToDoctor(flag: "RF01_twitch_2wk"), .markGotHelp(flag: "RF09_breathing_swallowing"), .seeNotices,
            .seeMagnesiumForms, .seeMagnesiumFoods, .seeMagnesiumSchedule, .addProduct, .seeProducts, .addMedicine, .seeMedicines,
            .searchFoods(query: "pumpkin seeds"), .searchFoods(query: nil), .seeDay(LocalDate(year: 2026, month: 11, day: 20)!), .checkIn(nil),
            .seeSymptoms, .designTrial, .seeTrialReport, .importSkippingUnknownUnits, .importReplacing, .chooseDatabase,
            .removeEpisode(site: "face", kind: "twitch", at: "2026-11-24 10:00"), .removeSupplementIntake(product: "Mg", at: "2026-11-24 08:00"),
        ] + NextStep.ProfileField.allCases.map { NextStep.editProfile($0) } + NextStep.InputField.allCases.map { NextStep.give($0, example: "x") }

    /// Commands ("twitchless check") and flags ("--birth") in a text.
    static func commandLineWords(_ text: String) -> [String] {
        text.matches(of: /twitchless [a-z]+|(?:^|[\s(>"])--[a-z][a-z-]*/).map { String($0.output) }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        try JSONDocument.encode(value)
    }

    @Test("Each step is a link to its page on the web, and a structured field in the API")
    func everyStepOnTheWebAndInTheAPI() throws {
        #expect(Set(Self.everyStep.map(\.action)).count == Set(Self.everyStep.map { "\($0)".split(separator: "(")[0] }).count)
        for step in Self.everyStep {
            if let link = NextStepLink.link(step) {
                #expect(link.path.hasPrefix("/") && link.text.hasPrefix("Open "), "\(step)")
                #expect(Self.commandLineWords(link.text + " " + link.path).isEmpty, "\(step)")
            }
            let json = try Self.json(step)
            #expect(json.contains("\"action\":\"\(step.action)\""), "\(step): \(json)")
            #expect(Self.commandLineWords(json).isEmpty, "\(step): \(json)")
            // A step named in a data file reads back as itself.
            switch step {
            case .searchFoods, .give, .removeEpisode, .removeSupplementIntake: continue
            default: break
            }
            let code: String =
                switch step {
                case .markTalkedToDoctor(let flag), .markGotHelp(let flag): "\(step.action):\(flag)"
                case .editProfile(let field): "\(step.action):\(field.rawValue)"
                case .seeDay(let date): "\(step.action):\(date)"
                default: step.action
                }
            #expect(NextStep(code: code) == step, "\(code)")
        }
        #expect(NextStep(code: "edit_profile:nothing") == nil && NextStep(code: "run_command") == nil && NextStep(code: "mark_got_help") == nil)
    }

    @Test("Every notice in the notice book, and every red flag, reads without commands on a web page and in the API")
    func everyNoticeOnTheWebAndInTheAPI() throws {
        let library = ReferenceLibrary.shipped
        let book = try library.noticeBook()
        let values = [
            "id": "RF09_breathing_swallowing", "date": "2026-11-20", "amount": "500", "body": "US", "limit": "350",
            "life_stage": "adults", "name": "levothyroxine", "generics": "levothyroxine", "others": "calcium",
            "days": "14", "average": "200", "kind": "RDA", "target": "400", "foods": "pumpkin seeds", "what": "trouble breathing",
            "number": "112",
        ]
        var notices = book.texts.values.map { $0.notice(values) }
        let evaluator = try library.redFlagEvaluator()
        notices += evaluator.flags.values.map { rule in
            Notice(
                id: rule.id,
                severity: rule.urgency.severity,
                message: rule.message,
                fix: "When you have talked to a doctor about this, mark it.",
                next: .markTalkedToDoctor(flag: rule.id),
                source: rule.source
            )
        }
        #expect(notices.count > 20)
        for notice in notices {
            let html = Pages.notice(notice)
            #expect(Self.commandLineWords(html.markup).isEmpty, "notice \(notice.id) on the web: \(html)")
            let json = try JSONDocument.encode(notice)
            #expect(Self.commandLineWords(json).isEmpty, "notice \(notice.id) in the API: \(json)")
            #expect(json.contains("\"next_step\""), "notice \(notice.id): \(json)")
        }
        // The notices that point somewhere link to the page that does it.
        let birth = try #require(book.notice(.profileNeedsBirth))
        #expect(Pages.notice(birth).contains("<a href=\"/profile\">Open Profile</a>"))
        let followUp = try #require(book.notice(.emergencyFollowUp, values))
        #expect(followUp.next == .markGotHelp(flag: "RF09_breathing_swallowing"))
    }

    @Test("The OpenAPI document lists every next step's action, and no other")
    func everyActionDocumented() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let step = schemas?["NextStep"] as? [String: Any]
        let actions = ((step?["properties"] as? [String: Any])?["action"] as? [String: Any])?["enum"] as? [String]
        #expect(Set(try #require(actions)) == Set(Self.everyStep.map(\.action)))
    }

    @Test("The OpenAPI document's day factors are exactly the app's, as shown and as sent")
    func everyFactorDocumented() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        for name in ["Factors", "DayFactors"] {
            let properties = (schemas?[name] as? [String: Any])?["properties"] as? [String: Any]
            #expect(Set(try #require(properties, "\(name)").keys) == Set(DayFactor.allCases.map(\.column)), "\(name)")
        }
    }

    @Test("An error's next step on the web and in a problem document has no command in it")
    func errorsOnTheWebAndInTheAPI() throws {
        let error = TwitchlessError.invalidInput("You don't have a product called \"Mg\".", fix: "Add it first.", next: .addProduct)
        let body = try Self.json(Problem(error))
        #expect(body.contains("\"next_step\":{\"action\":\"add_product\"}"), "\(body)")
        #expect(NextStepLink.fixHTML(error.fix, next: error.next) == "<p>Add it first. <a href=\"/magnesium\">Open Magnesium</a></p>")
        #expect(NextStepLink.fixHTML(nil, next: .chooseDatabase).isEmpty)
    }

    /// Words in string literals of the source folders, outside comments.
    static func literals(in folder: String, excluding: Set<String> = []) throws -> [(file: String, line: String)] {
        let root = PackagePaths.root.appendingPathComponent("Sources").appendingPathComponent(folder)
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && !excluding.contains($0.lastPathComponent) }
        var found: [(String, String)] = []
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//"), code.contains("\"") else { continue }
                found.append((file.lastPathComponent, String(line)))
            }
        }
        return found
    }

    @Test(
        "The shared layers and the server write no command or flag; the command line names no web page",
        arguments: [
            "TwitchlessCore", "TwitchlessApp", "TwitchlessStore", "TwitchlessIO", "TwitchlessReference", "TwitchlessReports", "TwitchlessServer",
        ]
    )
    func noCommandsOutsideTheCommandLine(folder: String) throws {
        // The style sheet's custom properties (--ink) are not flags, nor are the arguments pg_dump is run with.
        for (file, line) in try Self.literals(in: folder, excluding: ["Style.swift", "PostgresDump.swift"]) {
            #expect(Self.commandLineWords(line).isEmpty, "\(file): \(line)")
        }
    }

    @Test("The command line names no web page or link")
    func noPagesOnTheCommandLine() throws {
        for (file, line) in try Self.literals(in: "twitchless") {
            #expect(
                line.matches(
                    of:
                        /"\/(notices|profile|log|magnesium|medicines|trial|history|import|report)\b|on the [A-Z][a-z]+ page|Open (Notices|Profile|Log|Magnesium|Medicines|Trial)|href=/
                ).isEmpty,
                "\(file): \(line)"
            )
        }
    }
}
