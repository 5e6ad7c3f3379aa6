import ArgumentParser
import TwitchlessApp
import TwitchlessCore
import TwitchlessReference
import TwitchlessStore

struct GuideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Short, plain topics from Twitchless's sources: magnesium, forms, triggers, sleep, when to see a doctor…",
        discussion: """
            Topics: magnesium, forms, triggers, sleep, stress, hydration, caffeine, alcohol, evidence, doctor.
            Every point names its source.

            Examples:
              twitchless guide
              twitchless guide doctor
              twitchless guide magnesium --json

            JSON: {id, title, points: [{text, source}]}, or {topics: [{id, title}]} without a topic.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The topic to show.", valueName: "topic"))
    var topic: String?

    struct TopicList: Encodable {
        struct Entry: Encodable {
            let id: String
            let title: String
        }
        let topics: [Entry]
    }

    func run() async throws {
        try await reportingErrors {
            guard let topic else {
                if output.json {
                    try Output.json(TopicList(topics: Guide.topics.map { .init(id: $0.id, title: $0.title) }))
                } else {
                    Output.print("Guide topics (twitchless guide TOPIC):\n")
                    for entry in Guide.topics { Output.print("  \(entry.id.padding(to: 11))\(entry.title)") }
                }
                return
            }
            try await withContext(global) { context in
                let guide = Guide(library: context.reference, targets: try context.targets(on: context.today))
                let found = try guide.topic(topic.trimmingWhitespace().lowercased())
                if output.json {
                    try Output.json(found)
                    return
                }
                Output.print(found.title + "\n")
                for point in found.points {
                    Output.print(Output.wrap("• " + point.text, indent: ""))
                    if let next = point.next { Output.print(Output.wrap(NextStepCommand.line(next), indent: "  ")) }
                    Output.print(Output.wrap("Source: " + point.source, indent: "    ") + "\n")
                }
                if found.id == "evidence" || found.id == "magnesium" {
                    Output.print(
                        Output.wrap(
                            "To find out whether magnesium helps you, keep logging your days and episodes: a day with no twitches is information too."
                        )
                    )
                }
            }
        }
    }
}
