import Testing

@testable import TwitchlessCore

@Suite("Sparkline")
struct SparklineTests {
    @Test("Untracked days are dots, empty tracked days underscores, the maximum a full block")
    func render() {
        #expect(Sparkline.render([nil, 0, 1, 4, 8]) == "·_▂▅█")
        #expect(Sparkline.render([]) == "")
    }
}
