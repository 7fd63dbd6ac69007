package se.kretslopp.identity.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an endpoint (or its class) that a signed-in person may call without a registered organisation: applying to
 * join one, accepting an invitation, reviewing applications. The caller's organisation is still resolved when the
 * token names a registered, active one (then {@code CurrentUserService.find()} has it); otherwise the request goes
 * on without a current user instead of being refused with 403.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OrganisationOptional {
}
