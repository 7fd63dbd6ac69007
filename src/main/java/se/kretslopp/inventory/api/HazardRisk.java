package se.kretslopp.inventory.api;

/**
 * What a building's years say about hazardous substances: PCB if built or renovated 1956-1973, asbestos if built
 * before 1982. A building of unknown age is a risk too, until someone checks.
 */
public record HazardRisk(boolean pcb, boolean asbestos, boolean ageUnknown) {

    public static HazardRisk of(Integer constructionYear, Integer renovationYear) {
        boolean pcb = inPcbPeriod(constructionYear) || inPcbPeriod(renovationYear);
        boolean asbestos = constructionYear != null && constructionYear < 1982;
        return new HazardRisk(pcb, asbestos, constructionYear == null);
    }

    /** True when items must carry a "free" hazardous-substance check before they are marked for reuse. */
    public boolean any() {
        return pcb || asbestos || ageUnknown;
    }

    private static boolean inPcbPeriod(Integer year) {
        return year != null && year >= 1956 && year <= 1973;
    }
}
