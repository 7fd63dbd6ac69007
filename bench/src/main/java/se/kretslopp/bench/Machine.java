package se.kretslopp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Load average, waiting for a quiet machine, and CPU seconds used by the processes under test (from /proc). */
final class Machine {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final long servicePid;
    private final long devstackPid;
    private final String pgDataMarker;

    Machine(long servicePid, long devstackPid, String pgDataMarker) {
        this.servicePid = servicePid;
        this.devstackPid = devstackPid;
        this.pgDataMarker = pgDataMarker;
    }

    static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String loadavg() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Waits (up to maxWaitSeconds) until the 1-minute load average is at most maxLoad, so that other work on the
     * machine does not decide the figures. Answers the load it went ahead at.
     */
    static String waitForQuiet(double maxLoad, int maxWaitSeconds, String what) {
        long deadline = System.nanoTime() + maxWaitSeconds * 1_000_000_000L;
        while (load1() > maxLoad && System.nanoTime() < deadline) {
            Log.info("load average %s is above %.1f: waiting before %s", loadavg(), maxLoad, what);
            sleep(30_000);
        }
        if (load1() > maxLoad) {
            Log.info("load average still %s after %d s: measuring %s anyway (the report says so)",
                    loadavg(), maxWaitSeconds, what);
        }
        return loadavg();
    }

    /** CPU seconds so far: service JVM, devstack JVM (the search node), PostgreSQL processes, whole machine busy. */
    Map<String, Double> cpu() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("service", processSeconds(servicePid));
        cpu.put("search", processSeconds(devstackPid));
        cpu.put("postgres", postgresSeconds());
        cpu.put("bench", processSeconds(ProcessHandle.current().pid()));
        cpu.put("machine", machineBusySeconds());
        cpu.put("others", cpu.get("machine") - cpu.get("service") - cpu.get("search") - cpu.get("postgres")
                - cpu.get("bench"));
        return cpu;
    }

    static Map<String, Double> diff(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(k, Math.round((v - before.getOrDefault(k, 0.0)) * 100) / 100.0));
        return d;
    }

    private static double processSeconds(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private double postgresSeconds() {
        if (pgDataMarker == null || pgDataMarker.isEmpty()) {
            return 0;
        }
        double total = 0;
        // the postmaster names our data directory on its command line; its backends are its children
        Map<Long, Long> parents = new LinkedHashMap<>();
        Long postmaster = null;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    parents.put(pid, Long.parseLong(f[1]));
                    if (postmaster == null && stat.contains("(postgres)")) {
                        String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
                        if (cmd.contains(pgDataMarker)) {
                            postmaster = pid;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        if (postmaster == null) {
            return 0;
        }
        // the postmaster's own time and that of the backends it has reaped (cutime, cstime), and of those still alive
        total += processSeconds(postmaster) + reapedChildrenSeconds(postmaster);
        for (Map.Entry<Long, Long> e : parents.entrySet()) {
            if (e.getValue().equals(postmaster)) {
                total += processSeconds(e.getKey());
            }
        }
        return total;
    }

    private static double reapedChildrenSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * CPU seconds so far of the service's threads, by kind: the Vert.x event loops (HTTP, JSON, mapping), the
     * search client's I/O threads, the JIT compilers, the garbage collector, and the rest.
     */
    Map<String, Double> serviceThreads() {
        Map<String, Double> kinds = new LinkedHashMap<>();
        for (String kind : new String[]{"event loop", "search client I/O", "JIT compiler", "GC", "other"}) {
            kinds.put(kind, 0.0);
        }
        if (servicePid <= 0) {
            return kinds;
        }
        try (var tasks = Files.list(Path.of("/proc/" + servicePid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
                    String kind = name.startsWith("vert.x-eventloo") ? "event loop"
                            : name.startsWith("elasticsearch") ? "search client I/O"
                            : name.contains("CompilerThre") ? "JIT compiler"
                            : name.startsWith("GC ") || name.startsWith("G1 ") ? "GC" : "other";
                    kinds.merge(kind, seconds, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // thread gone meanwhile
                }
            }
        } catch (IOException e) {
            return kinds;
        }
        return kinds;
    }

    private static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
