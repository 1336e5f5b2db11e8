package jp.kojo.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * For {@link ImportSpeedBenchmark}: while a job runs, one thread reads the server's heap through the management
 * API (platform MBean "memory", every 500 ms) and another opens the request-list screen as union01 (one request
 * after another, 200 ms apart) and times each answer.
 */
final class ServerSampler {
    private final ManagementClient management;
    private final KojoBrowserlessClient union;
    private final List<Long> heapUsed = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> heapCommitted = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> listMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> listStatus = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running;
    private Thread heapThread;
    private Thread listThread;

    ServerSampler(ManagementClient management, KojoBrowserlessClient union) {
        this.management = management;
        this.union = union;
    }

    /** p50 / p95 / max of the list screen's answers, and how many were not 200. */
    record Latencies(int count, double p50, double p95, double max, long notOk) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests, p50 %.0f ms, p95 %.0f ms, max %.0f ms, not 200: %d",
                    count, p50, p95, max, notOk);
        }
    }

    Latencies listLatenciesIdle(int n) throws Exception {
        List<Double> millis = new ArrayList<>();
        List<Integer> status = new ArrayList<>();
        for (int i = 0; i < n + 3; i++) {
            long t = System.nanoTime();
            int code = union.get("/deduction/list.xhtml").statusCode();
            if (i >= 3) { // the first answers warm the page up
                millis.add((System.nanoTime() - t) / 1e6);
                status.add(code);
            }
        }
        return latencies(millis, status);
    }

    void start() {
        running = true;
        heapThread = new Thread(() -> {
            while (running) {
                sampleHeap();
                pause(500);
            }
        }, "heap-sampler");
        listThread = new Thread(() -> {
            while (running) {
                long t = System.nanoTime();
                int code;
                try {
                    code = union.get("/deduction/list.xhtml").statusCode();
                } catch (Exception e) {
                    code = -1;
                }
                listMillis.add((System.nanoTime() - t) / 1e6);
                listStatus.add(code);
                pause(200);
            }
        }, "list-prober");
        heapThread.start();
        listThread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        heapThread.join();
        listThread.join();
    }

    String heap() {
        synchronized (heapUsed) {
            long max = heapUsed.stream().mapToLong(Long::longValue).max().orElse(0);
            double mean = heapUsed.stream().mapToLong(Long::longValue).average().orElse(0);
            long committed = heapCommitted.stream().mapToLong(Long::longValue).max().orElse(0);
            return String.format(Locale.ROOT, "%d samples, max used %d MB, mean used %.0f MB, max committed %d MB",
                    heapUsed.size(), max >> 20, mean / (1 << 20), committed >> 20);
        }
    }

    Latencies listLatencies() {
        synchronized (listMillis) {
            return latencies(new ArrayList<>(listMillis), new ArrayList<>(listStatus));
        }
    }

    private static Latencies latencies(List<Double> millis, List<Integer> status) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        return new Latencies(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1),
                status.stream().filter(s -> s != 200).count());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private void sampleHeap() {
        ModelNode read = Operations.createReadAttributeOperation(
                Operations.createAddress("core-service", "platform-mbean", "type", "memory"), "heap-memory-usage");
        try {
            ModelNode result = management.getControllerClient().execute(read);
            if (Operations.isSuccessfulOutcome(result)) {
                ModelNode usage = Operations.readResult(result);
                heapUsed.add(usage.get("used").asLong());
                heapCommitted.add(usage.get("committed").asLong());
            }
        } catch (Exception e) {
            // a sample lost: the next one comes in 500 ms
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
