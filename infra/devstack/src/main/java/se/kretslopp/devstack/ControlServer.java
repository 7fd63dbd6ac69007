package se.kretslopp.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control API on 127.0.0.1:
 * GET /status, POST /parts/{name}/stop, POST /parts/{name}/start (answers once the part is healthy).
 */
final class ControlServer {

    private static final Pattern PART_ACTION = Pattern.compile("^/parts/([a-z]+)/(start|stop)/?$");

    private final Map<String, Part> parts;
    private final HttpServer server;
    private final ExecutorService executor;

    ControlServer(Map<String, Part> parts, int port) throws IOException {
        this.parts = parts;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "devstack-control");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/status") || path.equals("/status/")) {
                if (!method.equals("GET")) {
                    send(exchange, 405, error("use GET"));
                } else {
                    send(exchange, 200, status());
                }
                return;
            }
            Matcher m = PART_ACTION.matcher(path);
            if (!m.matches()) {
                send(exchange, 404, error("unknown path " + path));
                return;
            }
            Part part = parts.get(m.group(1));
            if (part == null) {
                send(exchange, 404, error("part " + m.group(1) + " is not running in this devstack"));
                return;
            }
            if (!method.equals("POST")) {
                send(exchange, 405, error("use POST"));
                return;
            }
            if (m.group(2).equals("stop")) {
                Util.log("control: stopping " + part.name());
                part.stop();
            } else {
                Util.log("control: starting " + part.name());
                try {
                    part.start();
                } catch (Exception e) {
                    send(exchange, 500, error(part.name() + " failed to start: " + e.getMessage()));
                    return;
                }
            }
            send(exchange, 200, partStatus(part));
        } catch (RuntimeException e) {
            send(exchange, 500, error(e.toString()));
        } finally {
            exchange.close();
        }
    }

    private String status() {
        StringBuilder out = new StringBuilder("{\"parts\":{");
        String sep = "";
        for (Part part : parts.values()) {
            out.append(sep).append(Util.json(part.name())).append(':').append(partStatus(part));
            sep = ",";
        }
        return out.append("}}").toString();
    }

    private static String partStatus(Part part) {
        return "{\"running\":" + part.isRunning() + ",\"port\":" + part.port() + "}";
    }

    private static String error(String message) {
        return "{\"error\":" + Util.json(message) + "}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
