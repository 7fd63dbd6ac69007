package se.kretslopp.outcome.api;

/**
 * The event by which something left: a reservation's handover, a pick of free stock out of a store, a disposal, a
 * stock-take that found less than the ledger held (an adjustment), or an inventory item closed by hand as reused or
 * discarded.
 */
public enum OutcomeEvent { HANDOVER, PICK, DISPOSAL, ADJUSTMENT, ITEM_CLOSED }
