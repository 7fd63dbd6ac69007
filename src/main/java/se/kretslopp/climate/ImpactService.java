package se.kretslopp.climate;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.climate.api.DeclarationRow;
import se.kretslopp.climate.api.FollowUp;
import se.kretslopp.climate.api.HandoverImpact;
import se.kretslopp.climate.api.ImpactReport;
import se.kretslopp.climate.api.ReferencePrice;
import se.kretslopp.climate.api.ReferencePriceRequest;
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
import se.kretslopp.outcome.OutcomeService;
import se.kretslopp.outcome.api.OutcomeReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Who sees which impact report: every signed-in user sees their own organisation's handovers (as seller and as
 * buyer); another organisation's report is not found. The public dashboard shows any organisation's aggregates.
 */
@ApplicationScoped
public class ImpactService {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ImpactReports reports;
    private final ImpactLedger ledger;
    private final ReferencePrices prices;
    private final CurrentUserService users;
    private final OrganisationService organisations;
    private final OutcomeService outcomes;

    ImpactService(ImpactReports reports, ImpactLedger ledger, ReferencePrices prices, CurrentUserService users,
                  OrganisationService organisations, OutcomeService outcomes) {
        this.reports = reports;
        this.ledger = ledger;
        this.prices = prices;
        this.users = users;
        this.organisations = organisations;
        this.outcomes = outcomes;
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

    /** One row per handover of the report's period and role, optionally of one category or waste code. */
    Uni<List<HandoverImpact>> handovers(String organisationCode, Query q, String category, String waste) {
        OrganisationView own = own(organisationCode);
        return ledger.handovers(own.id(), q.from(), q.to(), q.role(), blankToNull(category), blankToNull(waste));
    }

    Uni<FollowUp> followUp(String organisationCode, Query q) {
        OrganisationView own = own(organisationCode);
        return followUp(own, q);
    }

    /**
     * What became of what left the organisation (docs/outcomes.md), per year (the default), quarter or month. Kept
     * here with the other reports; the outcomes are the outcome feature's.
     */
    Uni<OutcomeReport> outcomes(String organisationCode, Query q, String groupBy) {
        OrganisationView own = own(organisationCode);
        String period = groupBy == null || groupBy.isBlank() ? "year" : groupBy.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("year", "quarter", "month").contains(period)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("groupBy", FieldCode.INVALID_ENUM,
                    "field.invalidEnum", "year, quarter, month").withAllowed(List.of("year", "quarter", "month")));
        }
        return outcomes.report(own.id(), new OutcomeReport.Organisation(own.code(), own.name()), q.from(), q.to(),
                period);
    }

    /** The handovers received for one project (or all projects), for climate declarations. */
    Uni<List<DeclarationRow>> declaration(String organisationCode, Query q, String project) {
        OrganisationView own = own(organisationCode);
        return ledger.declaration(own.id(), q.from(), q.to(), blankToNull(project));
    }

    Uni<List<ReferencePrice>> referencePrices() {
        return prices.all();
    }

    Uni<ReferencePrice> setReferencePrice(UUID categoryId, ReferencePriceRequest request, String by) {
        return prices.set(categoryId, request, by == null ? "?" : by).map(set -> set.orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.category"))));
    }

    Uni<Void> removeReferencePrice(UUID categoryId, String unit) {
        return prices.remove(categoryId, unit == null ? "" : unit.trim()).map(removed -> {
            if (!removed) {
                throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.category"));
            }
            return null;
        });
    }

    private Uni<FollowUp> followUp(OrganisationView org, Query q) {
        ImpactReport.Organisation ref = new ImpactReport.Organisation(org.code(), org.name());
        return reports.report(org.id(), ref, q.from(), q.to(), List.of(ImpactReports.Dimension.YEAR),
                ImpactReports.Role.ALL).flatMap(byYear -> ledger.counts(org.id(), q.from(), q.to()).map(counts -> {
                    Map<String, ImpactReport.Figures> figures = new TreeMap<>();
                    byYear.groups().forEach(g -> figures.put(g.key().get("year"), g.figures()));
                    java.util.SortedSet<String> years = new java.util.TreeSet<>(figures.keySet());
                    years.addAll(counts.keySet());
                    List<FollowUp.Year> list = new ArrayList<>();
                    long inventories = 0;
                    long listings = 0;
                    for (String year : years) {
                        long[] c = counts.getOrDefault(year, new long[2]);
                        inventories += c[0];
                        listings += c[1];
                        list.add(year(year, figures.getOrDefault(year, ImpactReports.none()), c[0], c[1]));
                    }
                    return new FollowUp(ref, q.from(), q.to(), byYear.versions(), list,
                            year("total", byYear.totals(), inventories, listings));
                }));
    }

    private static FollowUp.Year year(String year, ImpactReport.Figures f, long inventories, long listings) {
        java.math.BigDecimal share = f.massKg().signum() == 0 ? java.math.BigDecimal.ZERO
                : f.internalMassKg().divide(f.massKg(), 4, java.math.RoundingMode.HALF_UP);
        return new FollowUp.Year(year, f, share, inventories, listings);
    }

    private OrganisationView own(String organisationCode) {
        OrganisationView own = users.current().organisation();
        if (organisationCode != null && !organisationCode.isBlank() && !organisationCode.trim().equals(own.code())) {
            throw new ProblemException(ProblemType.NOT_FOUND, Message.of("detail.climate.impactReportOrganisation"),
                    List.of(Problem.FieldError.of("organisation", FieldCode.UNKNOWN_REFERENCE,
                            "climate.organisation.notYours")));
        }
        return own;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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
                                    .flatMap(byCategory -> reports.report(org.id(), ref, q.from(), q.to(),
                                                    List.of(ImpactReports.Dimension.WASTE), ImpactReports.Role.ALL)
                                            .flatMap(byWaste -> followUp(org, q).map(followUp -> new PublicImpact(
                                                    ref, q.from(), q.to(), byYear.versions(), byYear.totals(),
                                                    byYear.groups(), byMonth.groups(), byCategory.groups(), METHOD,
                                                    byWaste.groups(), followUp.years()))))));
        });
    }

    static final String METHOD = "Avoided emissions (net) = mass × (A1–A3 typical + A4 of the new product) "
            + "− transport (recorded distance × mass × vehicle factor, else mass × 0.0042 kg CO2e/kg, Boverket's A4 of "
            + "a reused product) − storage − refurbishment; figures frozen at each handover. Waste avoided = mass, "
            + "with the List of Waste code it would have had. Saved = reference new price × quantity − price paid. "
            + "Source: Boverkets klimatdatabas.";
}
