package se.kretslopp.common;

import java.util.Set;

/** The realm roles of the identity provider, as they arrive in {@code realm_access.roles}. */
public final class Roles {

    public static final String CONTRACTOR = "contractor";
    public static final String BUILDER = "builder";
    public static final String PROPERTY_UNIT = "property-unit";
    public static final String STORAGE_OPERATOR = "storage-operator";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(CONTRACTOR, BUILDER, PROPERTY_UNIT, STORAGE_OPERATOR, ADMIN);

    private Roles() {
    }
}
