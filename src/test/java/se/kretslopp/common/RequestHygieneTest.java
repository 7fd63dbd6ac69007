package se.kretslopp.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which resource methods read a request body (plain JUnit on sample signatures). */
class RequestHygieneTest {

    @SuppressWarnings("unused")
    static class Samples {
        void none() {
        }

        void pathAndHeader(@RestPath UUID id, @HeaderParam("Idempotency-Key") String key, @RestQuery String q) {
        }

        void context(@jakarta.ws.rs.core.Context UriInfo uri, UriInfo plain) {
        }

        void json(@RestPath UUID id, Object body) {
        }

        void upload(@RestPath UUID id, @RestForm("file") String file) {
        }
    }

    private static Method sample(String name) {
        return Arrays.stream(Samples.class.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void methodsWithOnlyParametersTakeNoBody() {
        assertFalse(RequestHygiene.declaresBody(sample("none")));
        assertFalse(RequestHygiene.declaresBody(sample("pathAndHeader")));
        assertFalse(RequestHygiene.declaresBody(sample("context")));
    }

    @Test
    void anUnannotatedParameterOrAFormFieldIsTheBody() {
        assertTrue(RequestHygiene.declaresBody(sample("json")));
        assertTrue(RequestHygiene.declaresBody(sample("upload")));
    }
}
