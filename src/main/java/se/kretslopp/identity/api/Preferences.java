package se.kretslopp.identity.api;

/**
 * A person's own settings: whether notifications also come by email, the address they go to, and whether the
 * email about new matches of their wanted requests goes out at once or in one daily digest.
 */
public record Preferences(boolean emailNotifications, String email, WantedAlerts wantedAlerts) {

    public enum WantedAlerts { AT_ONCE, DAILY_DIGEST }
}
