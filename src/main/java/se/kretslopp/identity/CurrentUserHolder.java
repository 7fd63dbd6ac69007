package se.kretslopp.identity;

import jakarta.enterprise.context.RequestScoped;
import se.kretslopp.identity.api.CurrentUser;

/** Carries the current user from {@link CurrentUserFilter} to the resources of the same request. */
@RequestScoped
class CurrentUserHolder {

    private CurrentUser user;

    CurrentUser get() {
        return user;
    }

    void set(CurrentUser user) {
        this.user = user;
    }
}
