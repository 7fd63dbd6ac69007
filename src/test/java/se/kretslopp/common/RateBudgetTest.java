package se.kretslopp.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which budget a request spends: the table. */
class RateBudgetTest {

    @ParameterizedTest
    @CsvSource({
            "GET,    /api/v1/search/listings,                     false, SEARCH",
            "GET,    /api/v1/search/suggest,                      true,  SEARCH",
            "GET,    /api/v1/public/impact/kalmar-kommun,         false, PUBLIC",
            "GET,    /api/v1/listings/1,                          false, PUBLIC",
            "GET,    /api/v1/listings/1,                          true,  NONE",
            "GET,    /api/v1/buildings,                           true,  NONE",
            "POST,   /api/v1/items/1/photos,                      true,  UPLOADS",
            "POST,   /api/v1/buildings/1/items/import,            true,  UPLOADS",
            "POST,   /api/v1/reservations,                        true,  RESERVATIONS",
            "POST,   /api/v1/reservations/1/confirm,              true,  WRITES",
            "POST,   /api/v1/conversations/1/messages,            true,  MESSAGES",
            "POST,   /api/v1/conversations/1/messages/2/attachments, true, UPLOADS",
            "POST,   /api/v1/conversations/1/messages/2/report,   true,  WRITES",
            "GET,    /api/v1/conversations/1/messages,            true,  NONE",
            "PUT,    /api/v1/buildings/1,                         true,  WRITES",
            "DELETE, /api/v1/items/1,                             true,  WRITES",
            "POST,   /api/v1/buildings,                           false, WRITES",
            "OPTIONS,/api/v1/buildings,                           false, NONE",
            "GET,    /sok,                                        false, NONE",
            "GET,    /q/health/ready,                             false, NONE"})
    void theBudgetOfARequest(String method, String path, boolean signedIn, String budget) {
        assertEquals(budget, RateBudget.of(method, path, signedIn).map(Enum::name).orElse("NONE"));
    }
}
