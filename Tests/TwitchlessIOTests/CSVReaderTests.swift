import Testing
import TwitchlessCore

@testable import TwitchlessIO

@Suite("CSV reading and writing")
struct CSVReaderTests {
    func read(_ text: String) throws -> [CSVRecord] { try CSVReader.records(Array(text.utf8)) }

    @Test("Quotes, doubled quotes, commas and line breaks inside quotes; CRLF; BOM; blank lines")
    func rfc4180() throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,\"two\nlines\",\n3,,\n"
        let records = try read(text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "", ""]])
        #expect(records.map(\.line) == [1, 2, 4, 6])
    }

    @Test("A missing final newline and a trailing empty field are kept")
    func trailing() throws {
        #expect(try read("a,b\n1,").map(\.fields) == [["a", "b"], ["1", ""]])
    }

    @Test("An unterminated quote names the line it starts on")
    func unterminated() {
        #expect {
            try read("a,b\n1,2\n3,\"never ends\n4,5\n")
        } throws: { ($0 as? TwitchlessError)?.message.contains("line 3") == true }
    }

    @Test("A stray quote inside a value is refused with its line")
    func strayQuote() {
        #expect {
            try read("a,b\n1,x\"y\n")
        } throws: { ($0 as? TwitchlessError)?.message.contains("Line 2") == true }
    }

    @Test("Writing quotes only what needs it, and reads back the same")
    func writeRoundTrip() throws {
        var writer = CSVWriter()
        let rows = [["plain", "with, comma", "with \"quote\"", "multi\nline", " padded ", ""]]
        for row in rows { writer.write(row) }
        #expect(writer.text.hasPrefix("plain,\"with, comma\",\"with \"\"quote\"\"\""))
        #expect(try read(writer.text).map(\.fields) == rows)
    }
}
