package se.kretslopp.inventory;

import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.inventory.api.HazardRisk;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemRequest.Fate;
import se.kretslopp.inventory.api.ItemRequest.HazardCheck;
import se.kretslopp.inventory.api.ItemRequest.Status;
import se.kretslopp.outcome.api.OutcomeDecision;
import se.kretslopp.outcome.api.OutcomeRules;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules an inventory item obeys beyond the shape of its fields. */
final class ItemRules {

    /** inventoried → dismantled → in storage or listed → reused or discarded; a listing may also be withdrawn. */
    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.INVENTORIED, EnumSet.of(Status.DISMANTLED, Status.LISTED, Status.DISCARDED),
            Status.DISMANTLED, EnumSet.of(Status.IN_STORAGE, Status.LISTED, Status.REUSED, Status.DISCARDED),
            Status.IN_STORAGE, EnumSet.of(Status.LISTED, Status.REUSED, Status.DISCARDED),
            Status.LISTED, EnumSet.of(Status.INVENTORIED, Status.DISMANTLED, Status.IN_STORAGE, Status.REUSED,
                    Status.DISCARDED),
            Status.REUSED, EnumSet.noneOf(Status.class),
            Status.DISCARDED, EnumSet.noneOf(Status.class));

    private ItemRules() {
    }

    /** The problems of a request for an item of a building with the given risk; empty when it may be saved. */
    static List<Problem.FieldError> check(ItemRequest request, HazardRisk risk, Status current) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        if (request.availableFrom() != null
                && (request.availableFrom().getYear() < 1900 || request.availableFrom().getYear() > 2200)) {
            errors.add(plausibleYears("availableFrom"));
        }
        HazardCheck check = request.hazard() == null ? HazardCheck.NOT_CHECKED : request.hazard().check();
        boolean substances = request.hazard() != null && request.hazard().substances() != null
                && !request.hazard().substances().isEmpty();
        if (check == HazardCheck.CONTAINS && !substances) {
            errors.add(Problem.FieldError.of("hazard.substances", FieldCode.HAZARD_RULE,
                    "inventory.substances.required"));
        }
        if (check != HazardCheck.CONTAINS && substances) {
            errors.add(Problem.FieldError.of("hazard.substances", FieldCode.HAZARD_RULE,
                    "inventory.substances.notApplicable"));
        }
        Status next = request.status() == null ? (current == null ? Status.INVENTORIED : current) : request.status();
        if (risk.any() && check != HazardCheck.FREE) {
            String why = reason(risk);
            if (request.fate() == Fate.REUSE) {
                errors.add(Problem.FieldError.of("fate", FieldCode.HAZARD_RULE, "inventory.fate.notFree", why));
            }
            if (next == Status.LISTED || next == Status.REUSED) {
                errors.add(Problem.FieldError.of("status", FieldCode.HAZARD_RULE, "inventory.status.notFree",
                        Message.of("inventory.status." + next.name()), why));
            }
        }
        if (check == HazardCheck.CONTAINS && (request.fate() == Fate.REUSE || next == Status.LISTED || next == Status.REUSED)) {
            errors.add(Problem.FieldError.of("fate", FieldCode.HAZARD_RULE, "inventory.fate.contains"));
        }
        try {
            OutcomeRules.itemClosed(next == Status.REUSED, next == Status.DISCARDED, request.fate() == Fate.RECYCLE,
                    request.outcome());
        } catch (ProblemException e) {
            errors.addAll(e.problem().errors());
        }
        if (current == null) {
            if (next != Status.INVENTORIED && next != Status.DISMANTLED) {
                errors.add(Problem.FieldError.of("status", FieldCode.INVALID_TRANSITION, "inventory.status.new")
                        .withAllowed(List.of(Status.INVENTORIED.name(), Status.DISMANTLED.name())));
            }
        } else if (next != current && !NEXT.get(current).contains(next)) {
            errors.add(Problem.FieldError.of("status", FieldCode.INVALID_TRANSITION, "inventory.status.transition",
                    current, next).withAllowed(NEXT.get(current).stream().map(Status::name).toList()));
        }
        return errors;
    }

    /**
     * What became of an item that this request closes (its status changes to reused or discarded); null when it
     * does not close it. The request has passed {@link #check}.
     */
    static OutcomeDecision closing(ItemRequest request, Status current) {
        Status next = request.status() == null ? current : request.status();
        if (next == current) {
            return null;
        }
        return OutcomeRules.itemClosed(next == Status.REUSED, next == Status.DISCARDED,
                request.fate() == Fate.RECYCLE, request.outcome());
    }

    static void require(ItemRequest request, HazardRisk risk, Status current) {
        List<Problem.FieldError> errors = check(request, risk, current);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, errors.size() == 1
                    ? Message.of("detail.field", errors.get(0).field(), errors.get(0).text())
                    : Message.of("inventory.rules.broken", errors.size()), errors);
        }
    }

    /** Dates far outside a building's life are typing errors (and beyond what the database stores). */
    static void requirePlausible(java.time.LocalDate date, String field) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2200)) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("inventory.date.implausible", field),
                    List.of(plausibleYears(field)));
        }
    }

    private static Problem.FieldError plausibleYears(String field) {
        return Problem.FieldError.of(field, FieldCode.RANGE, "field.range", 1900, 2200).withMin(1900).withMax(2200);
    }

    private static String reason(HazardRisk risk) {
        if (risk.pcb()) {
            return "built or renovated 1956-1973: PCB risk";
        }
        if (risk.asbestos()) {
            return "built before 1982: asbestos risk";
        }
        return "construction year unknown";
    }
}
