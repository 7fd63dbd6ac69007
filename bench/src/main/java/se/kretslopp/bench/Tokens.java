package se.kretslopp.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * RS256 access tokens signed with the private key of the OIDC stand-in ({@link OidcStub}), shaped like Keycloak's:
 * issuer, audience {@code kretslopp-api}, {@code preferred_username}, the organisation code in {@code org} and the
 * realm roles in {@code realm_access.roles}. The service checks them against the stand-in's published key set.
 */
final class Tokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String kid;
    private final String issuer;

    Tokens(Path privateKeyPem, String kid, String issuer) throws Exception {
        this.key = readPrivateKey(privateKeyPem);
        this.kid = kid;
        this.issuer = issuer;
    }

    /** A token for a person of the organisation with this code, valid for {@code seconds} from now. */
    String accessToken(String organisationCode, String username, String name, List<String> roles, long seconds) {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode claims = Http.JSON.createObjectNode();
        claims.put("iss", issuer);
        claims.put("aud", "kretslopp-api");
        claims.put("sub", "bench-" + organisationCode + "-" + username);
        claims.put("typ", "Bearer");
        claims.put("azp", "kretslopp-web");
        claims.put("iat", now);
        claims.put("nbf", now - 5);
        claims.put("exp", now + seconds);
        claims.put("preferred_username", username);
        claims.put("name", name);
        claims.put("org", organisationCode);
        roles.forEach(claims.putObject("realm_access").putArray("roles")::add);
        return sign(claims);
    }

    String sign(ObjectNode claims) {
        ObjectNode header = Http.JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", kid);
        String signingInput = URL.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    private static PrivateKey readPrivateKey(Path pem) throws Exception {
        String text = Files.readString(pem, StandardCharsets.US_ASCII)
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
