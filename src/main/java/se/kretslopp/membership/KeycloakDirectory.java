package se.kretslopp.membership;

import se.kretslopp.common.Message;

import io.vertx.mutiny.core.Vertx;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The people directory in Keycloak, through its Admin REST API as the service account of a confidential client
 * (client credentials) whose rights are only realm-management's view-users, query-users and manage-users. The
 * admin client blocks, so every call runs on a worker thread and its result comes back on the caller's Vert.x
 * context (a Hibernate Reactive session may be waiting there, in a transaction).
 */
@ApplicationScoped
class KeycloakDirectory implements PeopleDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class);
    static final String ORG_ATTRIBUTE = "org";
    /** More people than one organisation has in Kretslopp: the members list is not paged by Keycloak. */
    private static final int MAX_MEMBERS = 1000;

    private final MembershipConfig.Keycloak config;
    private final Vertx vertx;
    private volatile Keycloak client;

    KeycloakDirectory(MembershipConfig config, Vertx vertx) {
        this.config = config.keycloak();
        this.vertx = vertx;
        if (this.config.serverUrl().isEmpty()) {
            LOG.warn("KEYCLOAK_ADMIN_SERVER_URL is not set: applications to join can be made but not approved, "
                    + "invitations not accepted, and organisations' members are not listed (docs/configuration.md)");
        }
    }

    @Override
    public Uni<Optional<Person>> find(String subject) {
        return call(() -> {
            try {
                UserResource user = realm().users().get(subject);
                return Optional.of(person(user.toRepresentation(), user));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Uni<Void> join(String subject, String organisationCode, Set<String> roles) {
        return call(() -> {
            UserResource user = user(subject);
            UserRepresentation representation = user.toRepresentation();
            Map<String, List<String>> before = representation.getAttributes();
            Map<String, List<String>> attributes = before == null ? new HashMap<>() : new HashMap<>(before);
            attributes.put(ORG_ATTRIBUTE, List.of(organisationCode));
            representation.setAttributes(attributes);
            user.update(representation);
            try {
                List<RoleRepresentation> add = user.roles().realmLevel().listAvailable().stream()
                        .filter(role -> roles.contains(role.getName())).toList();
                long missing = roles.stream().filter(role -> add.stream().noneMatch(r -> r.getName().equals(role))
                        && !hasRole(user, role)).count();
                if (missing > 0) {
                    throw new IllegalStateException("The realm lacks one of the roles " + roles
                            + " (or the service account may not map it)");
                }
                if (!add.isEmpty()) {
                    user.roles().realmLevel().add(add);
                }
            } catch (RuntimeException e) {
                // nothing half-done: the organisation goes again (best effort; the caller reports the failure)
                try {
                    representation.setAttributes(before == null ? new HashMap<>() : before);
                    user.update(representation);
                } catch (RuntimeException undo) {
                    e.addSuppressed(undo);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Uni<Void> leave(String subject) {
        return call(() -> {
            UserResource user = user(subject);
            List<RoleRepresentation> remove = user.roles().realmLevel().listAll().stream()
                    .filter(role -> ORGANISATION_ROLES.contains(role.getName())).toList();
            if (!remove.isEmpty()) {
                user.roles().realmLevel().remove(remove);
            }
            UserRepresentation representation = user.toRepresentation();
            if (representation.getAttributes() != null && representation.getAttributes().containsKey(ORG_ATTRIBUTE)) {
                Map<String, List<String>> attributes = new HashMap<>(representation.getAttributes());
                attributes.remove(ORG_ATTRIBUTE);
                representation.setAttributes(attributes);
                user.update(representation);
            }
            return null;
        });
    }

    /**
     * Without a server URL (an installation that has not set up the service account) nobody can be seen: the list
     * is empty, and so removing anyone finds nobody; joining answers 503 (see {@link #keycloak()}).
     */
    @Override
    public Uni<List<Person>> members(String organisationCode) {
        if (config.serverUrl().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return call(() -> {
            List<Person> people = new ArrayList<>();
            // (first, max, enabled, exact, briefRepresentation, q): full representations, for the attributes
            for (UserRepresentation found : realm().users().searchByAttributes(0, MAX_MEMBERS, null, true, false,
                    ORG_ATTRIBUTE + ":" + organisationCode)) {
                Person person = person(found, realm().users().get(found.getId()));
                if (organisationCode.equals(person.organisation())) {
                    people.add(person);
                }
            }
            return people;
        });
    }

    private static boolean hasRole(UserResource user, String role) {
        return user.roles().realmLevel().listAll().stream().anyMatch(r -> r.getName().equals(role));
    }

    private static Person person(UserRepresentation user, UserResource resource) {
        Set<String> roles = new TreeSet<>();
        resource.roles().realmLevel().listAll().forEach(role -> {
            if (ORGANISATION_ROLES.contains(role.getName())) {
                roles.add(role.getName());
            }
        });
        List<String> org = user.getAttributes() == null ? null : user.getAttributes().get(ORG_ATTRIBUTE);
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return new Person(user.getId(), user.getUsername(), name.isEmpty() ? user.getUsername() : name,
                user.getEmail(), org == null || org.isEmpty() ? null : org.get(0), roles);
    }

    private UserResource user(String subject) {
        UserResource user = realm().users().get(subject);
        try {
            user.toRepresentation();
        } catch (NotFoundException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    Message.of("detail.membership.identityProviderUserMore", subject));
        }
        return user;
    }

    private RealmResource realm() {
        return keycloak().realm(config.realm());
    }

    private Keycloak keycloak() {
        Keycloak current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    String url = config.serverUrl().orElseThrow(() -> new ProblemException(
                            ProblemType.IDENTITY_PROVIDER_UNAVAILABLE,
                                    Message.of("detail.membership.kretsloppSetUpChange")));
                    // the extension's HTTP client, with an answer expected within the timeout: a Keycloak that
                    // hangs must not hold a worker thread (and the approval waiting for it) for long
                    jakarta.ws.rs.client.Client http = Keycloak.getClientProvider().newRestEasyClient(null, null, false);
                    http.property(QuarkusRestClientProperties.READ_TIMEOUT, config.timeout().toMillis());
                    client = KeycloakBuilder.builder().serverUrl(url).realm(config.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId())
                            .clientSecret(config.clientSecret().orElse("")).resteasyClient(http).build();
                }
                current = client;
            }
        }
        return current;
    }

    /** Runs the blocking work on a worker thread; failures to reach Keycloak become one clear 503 problem. */
    private <T> Uni<T> call(Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return work.get();
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warnf("Keycloak's admin API failed: %s", e.toString());
                throw unavailable();
            }
        }), false);
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE,
                Message.of("detail.membership.identityProviderCannotReached"));
    }

    @PreDestroy
    void close() {
        Keycloak current = client;
        if (current != null) {
            current.close();
        }
    }
}
