package se.kretslopp.identity.api;

import jakarta.annotation.Nullable;
import se.kretslopp.organisation.api.OrganisationView;

import java.util.List;

public record MeResponse(User user, OrganisationView organisation) {

    public record User(String subject, String username, String name, @Nullable String email, List<String> roles) {
    }

    public static MeResponse of(CurrentUser current) {
        return new MeResponse(new User(current.subject(), current.username(), current.name(), current.email(),
                List.copyOf(current.roles())), current.organisation());
    }
}
