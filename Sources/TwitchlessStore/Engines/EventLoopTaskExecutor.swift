import NIOCore

/// Runs a task's jobs on one event loop's thread.
///
/// PostgresNIO hands each statement to its connection's channel without asking to hear whether the hand-over worked.
/// A statement handed over from another thread arrives a moment later; if the channel closed in that moment and its
/// handlers are gone, the statement is dropped and never answered, and whoever waits for it waits forever. On the
/// loop's own thread the hand-over is immediate, so a check that the connection is open and the statement's write
/// happen in one turn of the loop, with no close between them.
final class EventLoopTaskExecutor: TaskExecutor {
    let loop: any EventLoop

    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        loop.execute { job.runSynchronously(on: executor) }
    }
}
