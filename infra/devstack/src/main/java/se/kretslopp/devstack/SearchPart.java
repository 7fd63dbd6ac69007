package se.kretslopp.devstack;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.percolator.PercolatorPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An OpenSearch 2.19 node inside this JVM; data in DIR/search/data. */
final class SearchPart extends Part {

    private static final Collection<Class<? extends Plugin>> PLUGINS = List.of(
            Netty4Plugin.class,
            CommonAnalysisPlugin.class,
            PainlessPlugin.class,
            PercolatorPlugin.class,
            MapperExtrasPlugin.class,
            ReindexPlugin.class,
            GeoModulePlugin.class);

    /** Node's constructor with classpath plugins is protected. */
    private static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment) {
            super(environment, PLUGINS, true);
        }
    }

    private final Path root;
    private final int httpPort;
    private final int transportPort;
    private Node node;

    SearchPart(Path dataRoot, int httpPort) {
        super("search");
        this.root = dataRoot.resolve("search");
        this.httpPort = httpPort;
        this.transportPort = Util.freePort();
    }

    @Override
    synchronized void start() throws Exception {
        if (node != null) {
            return;
        }
        Util.requirePortFree(name(), httpPort);
        Path home = Files.createDirectories(root.resolve("home"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", Files.createDirectories(root.resolve("data")).toString())
                .put("path.logs", Files.createDirectories(root.resolve("logs")).toString())
                .put("cluster.name", "kretslopp-devstack")
                .put("node.name", "devstack")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "devstack");
        Node created = new EmbeddedNode(environment);
        node = created;
        try {
            created.start();
            waitForYellow();
        } catch (Exception | Error e) {
            stop();
            throw new IllegalStateException("search node did not start: " + e, e);
        }
        Util.log("search ready on http://127.0.0.1:" + httpPort);
    }

    private void waitForYellow() throws Exception {
        String url = "http://127.0.0.1:" + httpPort + "/_cluster/health?wait_for_status=yellow&timeout=2s";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                String body = Util.httpBody(url, 5000);
                if (body.contains("\"status\":\"green\"") || body.contains("\"status\":\"yellow\"")) {
                    return;
                }
                last = body;
            } catch (Exception e) {
                last = e.toString();
            }
            Util.sleep(200);
        }
        throw new IllegalStateException("cluster health not yellow after 120 s: " + last);
    }

    @Override
    synchronized void stop() {
        Node running = node;
        node = null;
        if (running == null) {
            return;
        }
        try {
            running.close();
            if (!running.awaitClose(30, TimeUnit.SECONDS)) {
                Util.log("search: node did not close within 30 s");
            }
        } catch (Exception e) {
            Util.log("search: error while closing: " + e);
        }
    }

    @Override
    synchronized boolean isRunning() {
        return node != null;
    }

    @Override
    int port() {
        return httpPort;
    }

    @Override
    String connectionJson() {
        return "{\"url\":" + Util.json("http://127.0.0.1:" + httpPort) + ",\"engine\":"
                + Util.json("opensearch " + Version.CURRENT) + "}";
    }
}
