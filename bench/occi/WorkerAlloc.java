import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Bytes allocated by the container's Jetty worker threads (named qtp...) over a JFR recording
 * made with {@code bench/occi/worker-alloc.jfc}: each thread's allocation counter at the
 * recording's start and end. Printed as one number; the benchmark divides it by the requests
 * served meanwhile. Unlike requests per second, it does not depend on how busy the cores are.
 * Several recordings give one line each, in turn (the hot-path run reads all its rows' at the end,
 * in one JVM).
 *
 *   java bench/occi/WorkerAlloc.java recording.jfr...
 */
public class WorkerAlloc {
    public static void main(String[] args) throws Exception {
        for (String recording : args) {
            System.out.println(allocatedByWorkers(Path.of(recording)));
        }
    }

    private static long allocatedByWorkers(Path recording) throws Exception {
        Map<Long, long[]> span = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ThreadAllocationStatistics")) {
                continue;
            }
            RecordedThread thread = event.getThread("thread");
            if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("qtp")) {
                continue;
            }
            long allocated = event.getLong("allocated");
            span.merge(thread.getId(), new long[] {allocated, allocated},
                    (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        long sum = 0;
        for (long[] s : span.values()) {
            sum += s[1] - s[0];
        }
        return sum;
    }
}
