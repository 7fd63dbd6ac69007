package se.kretslopp.search;

import java.util.UUID;

/**
 * Who is searching, as far as visibility goes: built by the service from the token, never from the request.
 * Anonymous searchers have no organisation.
 */
record Viewer(UUID organisationId, String group) {

    static final Viewer ANONYMOUS = new Viewer(null, null);

    boolean anonymous() {
        return organisationId == null;
    }
}
