package se.kretslopp.membership;

import se.kretslopp.common.Message;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.membership.api.InvitationRequest;
import se.kretslopp.membership.api.InvitationView;
import se.kretslopp.membership.api.Joined;
import se.kretslopp.notification.NotificationService;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Invitations: an organisation's admin invites a colleague by email with one role; the colleague signs in (any
 * user of the identity provider without an organisation) and accepts with the token from the email, once, before
 * it expires. Accepting is all or nothing, as approving an application is ({@link ApprovalService}).
 */
@ApplicationScoped
public class InvitationService {

    private static final Logger LOG = Logger.getLogger(InvitationService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final OrganisationService organisations;
    private final ApplicationService applications;
    private final NotificationService notifications;
    private final PeopleDirectory directory;
    private final MembershipConfig config;
    private final String publicUrl;

    InvitationService(InvitationRepository invitations, OrganisationService organisations,
                      ApplicationService applications, NotificationService notifications, PeopleDirectory directory,
                      MembershipConfig config, @ConfigProperty(name = "kretslopp.public-url") String publicUrl) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.applications = applications;
        this.notifications = notifications;
        this.directory = directory;
        this.config = config;
        this.publicUrl = publicUrl;
    }

    /** Records the invitation and mails its link; {@code mailed} says whether the mail server took it. */
    Uni<InvitationView> invite(CurrentUser admin, InvitationRequest request) {
        String token = newToken();
        return record(admin, request, hash(token)).flatMap(invitation -> notifications.mailInvitation(
                        invitation.email, admin.organisation().name(), invitation.role, acceptUrl(token),
                        invitation.expiresAt)
                .map(v -> view(invitation, true))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("Could not mail invitation %s: %s", invitation.id, e.toString());
                    return view(invitation, false);
                }));
    }

    @WithTransaction
    Uni<Invitation> record(CurrentUser admin, InvitationRequest request, String tokenHash) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.organisationId = admin.organisation().id();
        invitation.email = request.email().trim().toLowerCase(Locale.ROOT);
        invitation.role = request.role();
        invitation.tokenHash = tokenHash;
        invitation.status = Invitation.PENDING;
        invitation.invitedBy = admin.subject();
        invitation.createdAt = OffsetDateTime.now();
        invitation.updatedAt = invitation.createdAt;
        invitation.expiresAt = invitation.createdAt.plus(config.invitationLifetime());
        return invitations.persist(invitation);
    }

    @WithSession
    Uni<List<InvitationView>> pending(CurrentUser admin) {
        return invitations.pendingOf(admin.organisation().id(), OffsetDateTime.now())
                .map(found -> found.stream().map(invitation -> view(invitation, null)).toList());
    }

    /** Revokes a pending invitation of the admin's organisation; 404 for another organisation's. */
    @WithTransaction
    Uni<InvitationView> revoke(CurrentUser admin, UUID id) {
        return invitations.findById(id).map(invitation -> {
            if (invitation == null || !invitation.organisationId.equals(admin.organisation().id())) {
                throw new ProblemException(ProblemType.NOT_FOUND,
                        Message.of("detail.membership.invitationOrganisationId", id));
            }
            if (Invitation.ACCEPTED.equals(invitation.status)) {
                throw new ProblemException(ProblemType.INVITATION_USED,
                        Message.of("detail.membership.invitationBeenAcceptedAlready"));
            }
            if (Invitation.PENDING.equals(invitation.status)) {
                invitation.status = Invitation.REVOKED;
                invitation.revokedAt = OffsetDateTime.now();
                invitation.updatedAt = invitation.revokedAt;
            }
            return invitation;
        }).call(invitations::flush).map(invitation -> view(invitation, null));
    }

    Uni<Joined> accept(Caller caller, String token) {
        AtomicReference<String> joined = new AtomicReference<>();
        return acceptInTransaction(caller, token, joined).onFailure().call(failure -> joined.get() == null
                ? Uni.createFrom().voidItem()
                : directory.leave(joined.get()).onFailure().invoke(undo -> LOG.errorf("Could not undo the identity "
                        + "provider's change for %s after a failed acceptance: %s", joined.get(), undo.toString()))
                .onFailure().recoverWithNull());
    }

    @WithTransaction
    Uni<Joined> acceptInTransaction(Caller caller, String token, AtomicReference<String> joined) {
        AtomicReference<OrganisationView> organisation = new AtomicReference<>();
        return invitations.findByHashForUpdate(hash(token))
                .map(invitation -> {
                    if (invitation == null) {
                        throw new ProblemException(ProblemType.NOT_FOUND,
                                Message.of("detail.membership.thereSuchInvitationCheck"));
                    }
                    invitation.requireAcceptable(OffsetDateTime.now());
                    return invitation;
                })
                .call(() -> applications.requireNoOrganisation(caller))
                .call(invitation -> organisations.findByIds(Set.of(invitation.organisationId)).invoke(found -> {
                    OrganisationView org = found.get(invitation.organisationId);
                    if (org == null || !org.active()) {
                        throw new ProblemException(ProblemType.GONE,
                                Message.of("detail.membership.organisationInvitationLongerActive"));
                    }
                    organisation.set(org);
                }))
                .call(() -> directory.find(caller.subject()).flatMap(person -> {
                    String current = person.map(PeopleDirectory.Person::organisation).orElse(null);
                    if (current == null) {
                        return Uni.createFrom().voidItem();
                    }
                    return organisations.findByCode(current).invoke(org -> org.ifPresent(registered -> {
                        throw new ProblemException(ProblemType.ALREADY_IN_ORGANISATION,
                                Message.of("detail.membership.belongAlready", registered.name()));
                    })).replaceWithVoid();
                }))
                .invoke(invitation -> {
                    invitation.status = Invitation.ACCEPTED;
                    invitation.acceptedBy = caller.subject();
                    invitation.acceptedAt = OffsetDateTime.now();
                    invitation.updatedAt = invitation.acceptedAt;
                })
                .call(() -> Panache.getSession().flatMap(session -> session.flush()))
                .call(invitation -> directory.join(caller.subject(), organisation.get().code(),
                        Set.of(invitation.role)).invoke(() -> joined.set(caller.subject())))
                .map(invitation -> new Joined(organisation.get().code(), organisation.get().name(), invitation.role));
    }

    private String acceptUrl(String token) {
        return publicUrl.replaceAll("/+$", "") + config.invitationPath() + "?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** 32 random bytes, base64url: what the email carries, never stored. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, in hex: what the database keeps. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvitationView view(Invitation invitation, Boolean mailed) {
        return new InvitationView(invitation.id, invitation.email, invitation.role, invitation.status,
                invitation.expiresAt, invitation.createdAt, mailed);
    }
}
