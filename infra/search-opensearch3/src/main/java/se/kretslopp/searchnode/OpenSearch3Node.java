package se.kretslopp.searchnode;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.index.mapper.MapperExtrasModulePlugin;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessModulePlugin;
import org.opensearch.percolator.PercolatorModulePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An OpenSearch 3.x node with the same modules as the devstack's embedded 2.19 node, for the devstack to run as
 * a child process in a Java 21+ JVM. It stops on SIGTERM and when its standard input closes, so it never outlives
 * the devstack that started it.
 *
 * <pre>java -jar kretslopp-search-opensearch3.jar DIR HTTP_PORT TRANSPORT_PORT</pre>
 *
 * DIR holds home, data and logs. Readiness is for the caller to poll ({@code _cluster/health}).
 */
public final class OpenSearch3Node {

    /** The module classes are renamed {@code *ModulePlugin} in 3.x; the set is the 2.19 node's. */
    private static final Collection<Class<? extends Plugin>> PLUGINS = List.of(
            Netty4ModulePlugin.class,
            CommonAnalysisModulePlugin.class,
            PainlessModulePlugin.class,
            PercolatorModulePlugin.class,
            MapperExtrasModulePlugin.class,
            ReindexModulePlugin.class,
            GeoModulePlugin.class);

    /**
     * Node's constructor with classpath plugins is protected; since 3.0 it takes them as {@link PluginInfo}s, built
     * here as OpenSearch's own test framework (MockNode) builds them.
     */
    private static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment) {
            super(environment, PLUGINS.stream().map(OpenSearch3Node::classpathPlugin).toList(), true);
        }
    }

    private static PluginInfo classpathPlugin(Class<? extends Plugin> plugin) {
        return new PluginInfo(plugin.getName(), "classpath plugin", "NA", Version.CURRENT,
                Runtime.version().feature() + "", plugin.getName(), null, List.of(), false);
    }

    private OpenSearch3Node() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -jar kretslopp-search-opensearch3.jar DIR HTTP_PORT TRANSPORT_PORT");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder()
                .put("path.home", Files.createDirectories(root.resolve("home")).toString())
                .put("path.data", Files.createDirectories(root.resolve("data")).toString())
                .put("path.logs", Files.createDirectories(root.resolve("logs")).toString())
                .put("cluster.name", "kretslopp-devstack")
                .put("node.name", "devstack")
                .put("network.host", "127.0.0.1")
                .put("http.port", Integer.parseInt(args[1]))
                .put("transport.port", Integer.parseInt(args[2]))
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "devstack");
        Node node = new EmbeddedNode(environment);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "search-shutdown"));
        watchStdin();
        node.start();
        new CountDownLatch(1).await(); // until SIGTERM or EOF on stdin ends the JVM
    }

    private static void close(Node node) {
        try {
            node.close();
            if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                System.err.println("[search] node did not close within 30 s");
            }
        } catch (Exception e) {
            System.err.println("[search] error while closing: " + e);
        }
    }

    private static void watchStdin() {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                while (System.in.read(buffer) != -1) {
                    // ignore input; only EOF matters
                }
            } catch (IOException e) {
                // a broken stdin means the parent is gone, like EOF
            }
            System.exit(0);
        }, "search-stdin");
        t.setDaemon(true);
        t.start();
    }
}
