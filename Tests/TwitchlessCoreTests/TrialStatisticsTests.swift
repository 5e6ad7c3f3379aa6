import Foundation
import Testing
import TwitchlessTestSupport

@testable import TwitchlessCore

@Suite("N-of-1 trial statistics")
struct TrialStatisticsTests {
    func block(_ m: Int, _ c: Int, days: Int = 10, controlDays: Int? = nil) -> TrialStatistics.Block {
        .init(magnesiumEpisodes: m, magnesiumDays: days, controlEpisodes: c, controlDays: controlDays ?? days)
    }

    @Test("Estimate, interval, paired t p and P(benefit) equal scipy's (1e-9)", arguments: [3, 6])
    func againstScipy(blocks count: Int) throws {
        try Prerequisite.require(PythonChecker.isAvailable, "python3 with scipy")
        let blocks = (0..<count).map { block(10 + $0 * 3 % 7, 18 + $0 * 5 % 9, days: 10, controlDays: 10 + $0 % 2) }
        let stats = TrialStatistics(blocks: blocks)
        let reference = try PythonChecker.json(
            script: "scipy_trial.py",
            arguments: [
                blocks.map { String($0.controlMean!) }.joined(separator: ","), blocks.map { String($0.magnesiumMean!) }.joined(separator: ","),
            ]
        )
        for (key, value) in [
            ("estimate", stats.estimate), ("ci_low", stats.ciLow), ("ci_high", stats.ciHigh), ("p_t", stats.pT),
            ("prob_benefit", stats.probabilityOfBenefit),
        ] {
            let expected = try #require(reference[key] as? Double)
            let got = try #require(value)
            #expect(abs(got - expected) <= 1e-9 * max(abs(expected), 1), "\(key): \(got) vs \(expected)")
        }
    }

    @Test("The exact randomization p: 2/2^B when every block favours one arm, ties counted exactly")
    func randomization() {
        // Three blocks, all favouring magnesium: the observed order and its mirror are the most extreme of 8.
        #expect(TrialStatistics(blocks: [block(5, 10), block(4, 9), block(6, 12)]).pRandomization == 2.0 / 8)
        // Six blocks with equal totals either way in one block: that block's sign flips tie exactly.
        let tied = TrialStatistics(blocks: [block(5, 10), block(7, 7), block(4, 9), block(6, 12), block(3, 8), block(5, 11)])
        #expect(tied.pRandomization == 4.0 / 64)
        // No difference at all: every order is as extreme.
        #expect(TrialStatistics(blocks: [block(5, 5), block(7, 7), block(3, 3)]).pRandomization == 1)
    }

    @Test("One block, or no spread: the undefined numbers are nil, not errors")
    func undefined() {
        let one = TrialStatistics(blocks: [block(5, 10)])
        #expect(one.estimate == 0.5 && one.ciLow == nil && one.pT == nil && one.probabilityOfBenefit == nil)
        #expect(one.pRandomization == 1)
        let flat = TrialStatistics(blocks: [block(5, 10), block(5, 10), block(5, 10)])
        #expect(flat.estimate == 0.5 && flat.pT == nil && flat.ciLow == nil)
        #expect(TrialStatistics(blocks: []).estimate == nil)
    }
}
