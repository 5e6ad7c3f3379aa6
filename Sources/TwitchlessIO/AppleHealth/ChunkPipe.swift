import Foundation

/// A small bounded queue of chunks between the thread that inflates a zip entry and the one that reads the XML,
/// so the two run side by side on two cores while memory stays bounded by `capacity` chunks.
final class ChunkPipe: @unchecked Sendable {
    // Every stored property is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var isFinished = false
    private var isCancelled = false
    private var failure: (any Error)?
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    struct Cancelled: Error {}

    /// Adds a chunk, waiting while the queue is full. Throws when the reader has stopped.
    func put(_ chunk: Data) throws {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity, !isCancelled { condition.wait() }
        if isCancelled { throw Cancelled() }
        chunks.append(chunk)
        condition.broadcast()
    }

    /// Marks the end of the chunks, with the error that ended them, if any.
    func finish(_ error: (any Error)?) {
        condition.lock()
        isFinished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for one; nil after the last. Throws the writer's error.
    func take() throws -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty, !isFinished { condition.wait() }
        if !chunks.isEmpty {
            let chunk = chunks.removeFirst()
            condition.broadcast()
            return chunk
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the writer (its next `put` throws) and waits until it has finished.
    func cancel() {
        condition.lock()
        isCancelled = true
        chunks.removeAll()
        condition.broadcast()
        while !isFinished { condition.wait() }
        condition.unlock()
    }
}
