package se.kretslopp.identity.api;

import jakarta.annotation.Nullable;
/**
 * A person's own settings: whether notifications also come by email, the address they go to, and whether the
 * email about new matches of their wanted requests goes out at once or in one daily digest; whether new messages
 * in their organisation's conversations are mailed (at most one email per conversation per 15 minutes).
 */
public record Preferences(boolean emailNotifications, @Nullable String email, WantedAlerts wantedAlerts,
                          boolean messageEmails) {

    public enum WantedAlerts { AT_ONCE, DAILY_DIGEST }
}
