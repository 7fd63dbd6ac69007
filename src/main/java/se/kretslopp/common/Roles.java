package se.kretslopp.common;

import java.util.Set;

/** The realm roles of the identity provider, as they arrive in {@code realm_access.roles}. */
public final class Roles {

    public static final String CONTRACTOR = "contractor";
    public static final String BUILDER = "builder";
    public static final String PROPERTY_UNIT = "property-unit";
    public static final String STORAGE_OPERATOR = "storage-operator";
    public static final String ADMIN = "admin";
    /** Carries material from a store or site to where it is reused (issue 21: deliveries). */
    public static final String CARRIER = "carrier";
    /**
     * An administrator of the whole installation, who registers organisations: a realm role, or given by the
     * identity feature to the usernames of {@code kretslopp.installation.admins}.
     */
    public static final String INSTALLATION_ADMIN = "installation-admin";

    public static final Set<String> ALL = Set.of(CONTRACTOR, BUILDER, PROPERTY_UNIT, STORAGE_OPERATOR, ADMIN,
            INSTALLATION_ADMIN, CARRIER);

    private Roles() {
    }
}
