import Foundation
import Testing
import TwitchlessCore
import TwitchlessTestSupport

@testable import TwitchlessReference

@Suite("Notice ids")
struct NoticeIDTests {
    @Test("Every notice id the app raises has its row in the notice book, with its next step readable")
    func everyIDHasARow() throws {
        let book = try ReferenceLibrary.shipped.noticeBook()
        for id in NoticeID.all {
            let text = try #require(book.texts[id.rawValue], "notices.csv has no row \(id)")
            if let code = text.nextStep {
                // Placeholders are filled with a value of the right shape before the code is read.
                let filled = code.replacingOccurrences(of: "{id}", with: "RF09_breathing_swallowing")
                #expect(NextStep(code: filled) != nil, "notice \(id): next step \"\(code)\" is not one the app knows")
            }
        }
        #expect(Set(NoticeID.all.map(\.rawValue)).count == NoticeID.all.count)
    }

    @Test("No notice is looked up or compared by a bare string id: each goes through NoticeID")
    func noBareIDs() throws {
        let ids = Set(NoticeID.all.map(\.rawValue))
        let sources = PackagePaths.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && !["NoticeID.swift", "OpenAPIDocument.swift"].contains($0.lastPathComponent) }
        #expect(files.count > 100)
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            // Lines about notices (a lookup, a comparison, a book's texts), where a misspelt string would drop one silently.
            for line in lines where line.contains("notice") || line.contains("Notice") || line.contains("texts[") {
                for match in line.matches(of: /"([a-z0-9_]+)"/) where ids.contains(String(match.output.1)) {
                    Issue.record("\(file.lastPathComponent) writes the notice id \(match.output.0) as a string; use NoticeID.")
                }
            }
        }
    }
}
