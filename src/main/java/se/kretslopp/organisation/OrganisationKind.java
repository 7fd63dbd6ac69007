package se.kretslopp.organisation;

/** What an organisation is, which decides what it typically does in Kretslopp. */
public enum OrganisationKind {
    MUNICIPALITY,
    HOUSING_COMPANY,
    CONTRACTOR,
    BUILDER,
    STORAGE_OPERATOR,
    OTHER
}
