package se.kretslopp.identity;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.CurrentUser;

/** Who is calling: for resources and services of every feature. */
@ApplicationScoped
public class CurrentUserService {

    private final CurrentUserHolder holder;

    CurrentUserService(CurrentUserHolder holder) {
        this.holder = holder;
    }

    /** The caller of the current request, or empty for an anonymous one. */
    public java.util.Optional<CurrentUser> find() {
        return java.util.Optional.ofNullable(holder.get());
    }

    /** The caller of the current request; fails with 401 for an anonymous one. */
    public CurrentUser current() {
        CurrentUser user = holder.get();
        if (user == null) {
            throw new UnauthorizedException();
        }
        return user;
    }
}
