package se.kretslopp.identity.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an endpoint that others may call too: an installation administrator may call it without an organisation of
 * their own (as they may the endpoints that are theirs alone), and is then not established as a
 * {@link CurrentUser}; the endpoint asks their roles of the security identity.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenToInstallationAdmins {
}
