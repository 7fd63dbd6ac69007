package se.kretslopp.climate.api;

/**
 * A category's Boverket product for one material (a code of the mapping's vocabulary), and for one construction
 * when {@code construction} is set (a pattern that must also be found in the item's material text). An
 * {@code estimate} row is a deliberate stand-in: its figures carry the estimate mark, {@code note} says why.
 */
public record MaterialMapping(String material, String construction, String boverketId, ClimateProduct product,
                              boolean estimate, String note) {
}
