package se.kretslopp.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentSecurityPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://login.kalmar.se/realms/kretslopp | https://login.kalmar.se",
            "http://127.0.0.1:18180/realms/kretslopp | http://127.0.0.1:18180",
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png | https://tile.openstreetmap.org",
            "https://{s}.tile.example.org/{z}/{x}/{y}.png | https://*.tile.example.org",
            "https://tiles.example.org:8443 | https://tiles.example.org:8443",
            "none | ''",
            "javascript:alert(1) | ''",
            "/relative/tiles/{z}/{x}/{y}.png | ''"})
    void theOriginOfAUrlOrTemplate(String url, String origin) {
        assertEquals(origin, ContentSecurityPolicy.origin(url).orElse(""));
    }

    @Test
    void thePolicyNamesTheIdentityProviderAndTheTileServer() {
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data: blob: https://tile.openstreetmap.org; font-src 'self' data:; "
                        + "connect-src 'self' https://login.kalmar.se; frame-src 'self' https://login.kalmar.se; "
                        + "worker-src 'self' blob:; media-src 'self' blob:; manifest-src 'self'; object-src 'none'; "
                        + "base-uri 'self'; form-action 'self' https://login.kalmar.se; frame-ancestors 'none'",
                ContentSecurityPolicy.of("https://login.kalmar.se/realms/kretslopp",
                        Optional.of("https://tile.openstreetmap.org/{z}/{x}/{y}.png")));
    }

    @Test
    void withoutTilesTheMapLoadsNoImagesFromElsewhere() {
        assertEquals("img-src 'self' data: blob:",
                ContentSecurityPolicy.of("https://login.kalmar.se/realms/kretslopp", Optional.of("none")).split("; ")[3]);
    }
}
