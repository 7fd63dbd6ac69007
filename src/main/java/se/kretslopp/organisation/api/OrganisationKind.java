package se.kretslopp.organisation.api;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What an organisation is, which decides what it typically does in Kretslopp. */
public enum OrganisationKind {
    MUNICIPALITY,
    /** a company a municipality owns, such as its housing company (allmännyttan); once called HOUSING_COMPANY */
    @JsonAlias("HOUSING_COMPANY")
    MUNICIPAL_COMPANY,
    CONTRACTOR,
    BUILDER,
    STORAGE_OPERATOR,
    CARRIER,
    OTHER
}
