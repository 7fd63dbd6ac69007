package se.kretslopp.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one-time receipt token of a delivery note's QR code: HMAC-SHA256 of the delivery's id under a key of the
 * installation ({@code kretslopp.deliveries.receipt-key}), 43 characters of base64url, so it cannot be guessed and a
 * note can be printed again with the same code. The database keeps only its SHA-256; a copy of the database confirms
 * no receipt. Without a configured key each start draws one at random: notes printed before a restart then carry a
 * token that no longer matches once a note is made again (and the old one stops working), so production sets it.
 */
@ApplicationScoped
class ReceiptTokens {

    private static final Logger LOG = Logger.getLogger(ReceiptTokens.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final byte[] key;
    private final String publicUrl;

    ReceiptTokens(@ConfigProperty(name = "kretslopp.deliveries.receipt-key") Optional<String> key,
                  @ConfigProperty(name = "kretslopp.public-url") String publicUrl) {
        if (key.isPresent() && !key.get().isBlank()) {
            this.key = key.get().getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warn("kretslopp.deliveries.receipt-key is not set: delivery notes made before a restart will not"
                    + " confirm receipt once they are made again; set it in production");
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
        }
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String token(UUID deliveryId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sum = mac.doFinal(("delivery-receipt:" + deliveryId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The URL the QR code holds: the receipt page of the web UI. */
    String url(String token) {
        return publicUrl + "/kvitto/" + token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The token of what was scanned: the token itself or the whole URL; 400 naming {@code token} otherwise. */
    static String extract(String scanned) {
        String text = scanned.strip();
        int query = text.indexOf('?');
        if (query >= 0) {
            text = text.substring(0, query);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        String token = text.substring(text.lastIndexOf('/') + 1);
        if (!TOKEN.matcher(token).matches()) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.delivery.tokenMalformed"),
                    List.of(Problem.FieldError.of("token", FieldCode.PATTERN, "field.delivery.token")));
        }
        return token;
    }
}
