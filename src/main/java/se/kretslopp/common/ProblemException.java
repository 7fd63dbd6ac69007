package se.kretslopp.common;

import java.util.List;

/**
 * Thrown by services for an expected failure of a use case; mapped to a problem answer as it is.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(Problem.of(type, detail, errors));
    }

    /** A problem whose detail is ours in both languages (see {@link Message}). */
    public ProblemException(ProblemType type, Message detail) {
        this(type, detail, List.of());
    }

    /** A problem whose detail is ours in both languages (see {@link Message}). */
    public ProblemException(ProblemType type, Message detail, List<Problem.FieldError> errors) {
        this(Problem.of(type, detail, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
