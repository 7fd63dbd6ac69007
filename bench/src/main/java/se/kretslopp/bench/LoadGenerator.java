package se.kretslopp.bench;

import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model, constant-rate load generator in the manner of wrk2: request i is due at start + i / rate, is sent
 * then whatever happened to the earlier ones, and its latency is measured from the time it was due, not from when
 * it was actually sent, so a stall of the server (or of this generator) shows in the figures instead of being
 * hidden by sending less (coordinated omission).
 */
final class LoadGenerator {

    /** One request of the mix for one target. */
    record Call(String query, HttpRequest request) {
    }

    /** Latencies (microseconds) and counts of one target, over all its measured slices. */
    static final class Stats {
        final String target;
        final Histogram all = new Histogram(60_000_000L, 3);
        final Map<String, Histogram> perQuery = new LinkedHashMap<>();
        final Map<String, Long> errorKinds = new LinkedHashMap<>();
        long sent;
        long ok;
        long errors;
        double seconds;
        final Map<String, Double> cpu = new LinkedHashMap<>();

        Stats(String target) {
            this.target = target;
        }

        synchronized void record(String query, long micros) {
            all.recordValue(Math.min(micros, all.getHighestTrackableValue()));
            perQuery.computeIfAbsent(query, q -> new Histogram(60_000_000L, 3))
                    .recordValue(Math.min(micros, all.getHighestTrackableValue()));
            ok++;
        }

        synchronized void error(String kind) {
            errors++;
            errorKinds.merge(kind, 1L, Long::sum);
        }

        synchronized void addCpu(Map<String, Double> used) {
            used.forEach((k, v) -> cpu.merge(k, v, Double::sum));
        }
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "load-client");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();

    /**
     * Sends the calls in turn (continuing at {@code cursor}) at {@code rate} per second for {@code seconds}; records
     * into {@code stats} unless it is null (warm-up). Waits for the answers still under way before it returns.
     */
    void slice(List<Call> calls, double rate, double seconds, Stats stats, AtomicLong cursor) {
        long period = Math.round(1e9 / rate);
        long count = Math.round(rate * seconds);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        long start = System.nanoTime() + 5_000_000L;
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Call call = calls.get((int) (cursor.getAndIncrement() % calls.size()));
            inFlight.incrementAndGet();
            if (stats != null) {
                synchronized (stats) {
                    stats.sent++;
                }
            }
            client.sendAsync(call.request(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                long done = System.nanoTime();
                lastDone.accumulateAndGet(done, Math::max);
                if (stats != null) {
                    if (failure != null) {
                        stats.error(failure.getClass().getSimpleName());
                    } else if (response.statusCode() != 200) {
                        stats.error("HTTP " + response.statusCode());
                    } else {
                        stats.record(call.query(), (done - due) / 1000);
                    }
                }
                inFlight.decrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000L);
        }
        if (stats != null) {
            synchronized (stats) {
                long end = Math.max(lastDone.get(), start + count * period);
                stats.seconds += (end - start) / 1e9;
                if (inFlight.get() > 0) {
                    stats.errors += inFlight.get();
                    stats.errorKinds.merge("no answer within 30 s", (long) inFlight.get(), Long::sum);
                }
            }
        }
    }
}
