package se.kretslopp.climate;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.climate.api.ImpactReport;
import se.kretslopp.climate.api.PublicImpact;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Today;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who sees which impact report: every signed-in user sees their own organisation's handovers (as seller and as
 * buyer); another organisation's report is not found. The public dashboard shows any organisation's aggregates.
 */
@ApplicationScoped
public class ImpactService {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ImpactReports reports;
    private final CurrentUserService users;
    private final OrganisationService organisations;

    ImpactService(ImpactReports reports, CurrentUserService users, OrganisationService organisations) {
        this.reports = reports;
        this.users = users;
        this.organisations = organisations;
    }

    /** The parsed query of a report. */
    record Query(LocalDate from, LocalDate to, List<ImpactReports.Dimension> groupBy, ImpactReports.Role role) {
    }

    static Query query(List<String> groupBy, String from, String to, String role) {
        List<ImpactReports.Dimension> dims = new ArrayList<>();
        for (String g : QueryParams.list(groupBy)) {
            ImpactReports.Dimension d = QueryParams.enumValue(ImpactReports.Dimension.class, g, "groupBy");
            if (!dims.contains(d)) {
                dims.add(d);
            }
        }
        if (dims.size() > 2) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("groupBy", FieldCode.TOO_MANY,
                    "climate.groupBy.two").withMax(2));
        }
        if (dims.size() == 2 && dims.get(0).period() && dims.get(1).period()) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("groupBy", FieldCode.TOO_MANY,
                    "climate.groupBy.period").withMax(1));
        }
        LocalDate f = QueryParams.date(from, "from");
        LocalDate t = QueryParams.date(to, "to");
        f = f == null ? EARLIEST : f;
        t = t == null ? Today.date() : t;
        if (t.isBefore(f)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("to", FieldCode.BEFORE_OTHER,
                    "field.notBefore", "from").withOther("from"));
        }
        ImpactReports.Role r = QueryParams.enumValue(ImpactReports.Role.class, role, "role");
        return new Query(f, t, dims, r == null ? ImpactReports.Role.ALL : r);
    }

    Uni<ImpactReport> report(String organisationCode, Query q) {
        CurrentUser user = users.current();
        OrganisationView own = user.organisation();
        if (organisationCode != null && !organisationCode.isBlank() && !organisationCode.trim().equals(own.code())) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_FOUND,
                    Message.of("detail.climate.impactReportOrganisation"),
                    List.of(Problem.FieldError.of("organisation", FieldCode.UNKNOWN_REFERENCE,
                            "climate.organisation.notYours"))));
        }
        return reports.report(own.id(), new ImpactReport.Organisation(own.code(), own.name()), q.from(), q.to(),
                q.groupBy(), q.role());
    }

    /**
     * No session here: the organisation is read in a session of its own, closed before the report's queries take
     * the pool (a session held while they waited for a connection starved the pool under 20 concurrent clients).
     */
    Uni<PublicImpact> publicImpact(String code, String from, String to) {
        Query q = query(List.of(), from, to, null);
        return organisations.findByCode(code).flatMap(found -> {
            OrganisationView org = found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                    Message.of("notFound.organisation")));
            ImpactReport.Organisation ref = new ImpactReport.Organisation(org.code(), org.name());
            return reports.report(org.id(), ref, q.from(), q.to(), List.of(ImpactReports.Dimension.YEAR),
                            ImpactReports.Role.ALL)
                    .flatMap(byYear -> reports.report(org.id(), ref, q.from(), q.to(),
                                    List.of(ImpactReports.Dimension.MONTH), ImpactReports.Role.ALL)
                            .flatMap(byMonth -> reports.report(org.id(), ref, q.from(), q.to(),
                                            List.of(ImpactReports.Dimension.CATEGORY), ImpactReports.Role.ALL)
                                    .map(byCategory -> new PublicImpact(ref, q.from(), q.to(), byYear.versions(),
                                            byYear.totals(), byYear.groups(), byMonth.groups(), byCategory.groups(),
                                            METHOD))));
        });
    }

    static final String METHOD = "Avoided emissions = mass × (A1–A3 typical + A4 of the new product) − mass × 0.0042 "
            + "kg CO2e/kg (transport of a reused product, Boverket) − refurbishment; figures frozen at each handover. "
            + "Source: Boverkets klimatdatabas.";
}
