package se.kretslopp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * A stand-in identity provider: it serves only an OIDC discovery document and a key set (one RSA key generated at
 * start), so the service starts with its production OIDC configuration, its readiness check "Identity provider" is
 * UP, and anonymous searches go the same way as in production. It has no token endpoint: when given a key file,
 * it writes the private half of its key there (PKCS#8, PEM), and the bench tool signs its own RS256 access tokens
 * with it ({@link Tokens}), which the service verifies against the published key set like Keycloak's. (Keycloak
 * from the devstack would do the same, but it writes into the shared devstack build directory and costs 30-45 s
 * and 550 MB.)
 */
final class OidcStub {

    private OidcStub() {
    }

    /** The key id in the key set and in the header of every token signed with the key. */
    static final String KID = "bench";

    /**
     * Serves until standard input closes; prints {"url": "http://127.0.0.1:P/realms/bench"} when ready. With a
     * {@code keyFile}, the private key is written there (owner-only) before the line is printed.
     */
    static void run(Path keyFile) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
        byte[] discovery = json.writeValueAsBytes(discovery(json, base));
        KeyPair pair = keyPair();
        byte[] keys = json.writeValueAsBytes(keySet(json, (RSAPublicKey) pair.getPublic()));
        if (keyFile != null) {
            writePrivateKey(keyFile, pair);
        }
        server.createContext("/realms/bench/.well-known/openid-configuration", exchange -> answer(exchange, 200, discovery));
        server.createContext("/realms/bench/protocol/openid-connect/certs", exchange -> answer(exchange, 200, keys));
        server.createContext("/", exchange -> answer(exchange, 404, "{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8)));
        server.start();
        System.out.println(json.createObjectNode().put("url", base).put("kid", KID));
        System.out.flush();
        // stop when the script that started us goes away
        byte[] buffer = new byte[64];
        try {
            while (System.in.read(buffer) != -1) {
                // only EOF matters
            }
        } catch (IOException e) {
            // like EOF
        }
        server.stop(0);
    }

    private static ObjectNode discovery(ObjectMapper json, String base) {
        ObjectNode doc = json.createObjectNode();
        doc.put("issuer", base);
        doc.put("authorization_endpoint", base + "/protocol/openid-connect/auth");
        doc.put("token_endpoint", base + "/protocol/openid-connect/token");
        doc.put("jwks_uri", base + "/protocol/openid-connect/certs");
        doc.put("userinfo_endpoint", base + "/protocol/openid-connect/userinfo");
        doc.putArray("response_types_supported").add("code");
        doc.putArray("subject_types_supported").add("public");
        doc.putArray("id_token_signing_alg_values_supported").add("RS256");
        return doc;
    }

    private static KeyPair keyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** The private key as PEM ("PRIVATE KEY", PKCS#8), readable by the owner only. */
    private static void writePrivateKey(Path file, KeyPair pair) throws IOException {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static ObjectNode keySet(ObjectMapper json, RSAPublicKey key) {
        ObjectNode set = json.createObjectNode();
        set.putArray("keys").addObject()
                .put("kty", "RSA").put("kid", KID).put("use", "sig").put("alg", "RS256")
                .put("n", base64url(key.getModulus())).put("e", base64url(key.getPublicExponent()));
        return set;
    }

    private static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
