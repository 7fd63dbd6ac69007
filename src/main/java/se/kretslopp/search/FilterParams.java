package se.kretslopp.search;

import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The query parameters the result list and the map share: text and filters, read as text (see SearchParams). */
public class FilterParams {

    @RestQuery
    public String q;
    @RestQuery
    public String category;
    @RestQuery
    public List<String> material;
    @RestQuery
    public String conditionMax;
    @RestQuery
    public String minQuantity;
    @RestQuery
    public String priceMax;
    @RestQuery
    public String free;
    @RestQuery
    public String lengthMin;
    @RestQuery
    public String lengthMax;
    @RestQuery
    public String widthMin;
    @RestQuery
    public String widthMax;
    @RestQuery
    public String heightMin;
    @RestQuery
    public String heightMax;
    @RestQuery
    public String lat;
    @RestQuery
    public String lon;
    @RestQuery
    public String withinKm;
    @RestQuery
    public String availableBy;
    @RestQuery
    public List<String> organisation;
    @RestQuery
    public String storageSite;
}
