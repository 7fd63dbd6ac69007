package se.kretslopp.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * A Bean Validation message in the language the problem answer is written in. Quarkus interpolates a violation's
 * message in a language it chooses from the request on its own; the answer's language is chosen once, by
 * {@link ProblemTexts#languageOf}, and the two disagreed now and then (a Swedish message in an English answer).
 * So the problem mappers interpolate the violation's template again, in the answer's language.
 */
@ApplicationScoped
class ViolationMessages {

    private static final Logger LOG = Logger.getLogger(ViolationMessages.class);

    private final MessageInterpolator interpolator;

    ViolationMessages(ValidatorFactory validation) {
        this.interpolator = validation.getMessageInterpolator();
    }

    String in(ConstraintViolation<?> violation, Locale language) {
        try {
            return interpolator.interpolate(violation.getMessageTemplate(), new Context(violation), language);
        } catch (RuntimeException e) {
            LOG.debugf("Keeping the violation's own message: %s", e.toString());
            return violation.getMessage();
        }
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("no " + type.getName());
        }
    }
}
