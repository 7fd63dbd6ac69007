package se.kretslopp.common;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days (a listing's last day, the day it becomes public) are Swedish days, whatever the server's time zone:
 * the search engine's date math and the database use the same zone.
 */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
