package se.kretslopp.identity.api;

/** A person's own settings: whether notifications also come by email, and the address they go to. */
public record Preferences(boolean emailNotifications, String email) {
}
