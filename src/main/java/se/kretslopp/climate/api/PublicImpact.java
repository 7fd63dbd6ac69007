package se.kretslopp.climate.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's (organisation's) realised reuse for its web site and climate follow-up: totals, a series by
 * month and by year, the split by category and by waste code, and the follow-up per year (with inventories and
 * listings). Aggregates only: no persons, no counterparts, no addresses.
 */
public record PublicImpact(ImpactReport.Organisation organisation, LocalDate from, LocalDate to,
                           List<ClimateSource> versions, ImpactReport.Figures totals, List<ImpactReport.Group> byYear,
                           List<ImpactReport.Group> byMonth, List<ImpactReport.Group> byCategory, String method,
                           List<ImpactReport.Group> byWaste, List<FollowUp.Year> followUp) {
}
