package se.kretslopp.identity.api;

/** How to reach a person: their name and email, and whether they want email at all. */
public record Contact(String name, String email, boolean wantsEmail) {
}
