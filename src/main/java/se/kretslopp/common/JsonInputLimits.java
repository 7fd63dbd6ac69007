package se.kretslopp.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * Limits on what the API reads from JSON, each refused with 400 naming the field ({@link ProblemMappers}): a string
 * holding a control character (see {@link ControlCharacters}), an array of more than {@value #MAX_ELEMENTS}
 * elements, and a whole number beyond its type's range. No request takes more than 500 of anything; 30,000 intake
 * lots used to be validated one by one and answered with 150,001 errors (9 MB, 6 s), delaying everyone else. A year
 * of 99999999999 used to be a 400 that named no field (Quarkus wraps Jackson's overflow in a bare "Bad Request").
 */
@Singleton
class JsonInputLimits implements ObjectMapperCustomizer {

    static final int MAX_ELEMENTS = 1000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("kretslopp-input-limits")
                .addDeserializer(String.class, new CleanText())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config,
                                                                            CollectionType type,
                                                                            BeanDescription description,
                                                                            JsonDeserializer<?> deserializer) {
                        return new BoundedCollection(deserializer);
                    }

                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                                  BeanDescription description,
                                                                  JsonDeserializer<?> deserializer) {
                        return WHOLE_NUMBERS.contains(description.getBeanClass())
                                ? new WholeNumberInRange(deserializer) : deserializer;
                    }
                }));
    }

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, Integer.TYPE, Long.class, Long.TYPE,
            Short.class, Short.TYPE, Byte.class, Byte.TYPE);

    /** A value these limits refuse, with the field error it is answered with ({@link #error}). */
    static final class Refused extends InvalidFormatException {
        private final FieldCode code;
        private final String key;
        private final Integer max;

        Refused(JsonParser parser, FieldCode code, String key, Integer max, Object value, Class<?> type) {
            super(parser, Message.of(key, max).in(ProblemTexts.DEFAULT), value, type);
            this.code = code;
            this.key = key;
            this.max = max;
        }

        Problem.FieldError error(String field) {
            Problem.FieldError error = Problem.FieldError.of(field, code, key, max);
            return max == null ? error : error.withMax(max);
        }
    }

    static final class BoundedCollection extends DelegatingDeserializer {

        BoundedCollection(JsonDeserializer<?> collection) {
            super(collection);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegatee) {
            return new BoundedCollection(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> collection && collection.size() > MAX_ELEMENTS) {
                throw new Refused(parser, FieldCode.TOO_MANY, "field.tooMany", MAX_ELEMENTS, collection.size(),
                        Collection.class);
            }
            return value;
        }
    }

    /** A whole number too large (or small) for its type: Jackson's overflow, refused naming the field. */
    static final class WholeNumberInRange extends DelegatingDeserializer {

        WholeNumberInRange(JsonDeserializer<?> number) {
            super(number);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegatee) {
            return new WholeNumberInRange(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return super.deserialize(parser, context);
            } catch (InputCoercionException e) {
                throw new Refused(parser, FieldCode.OUT_OF_RANGE, "field.outOfRange", null, parser.getText(),
                        e.getTargetType());
            }
        }
    }

    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && ControlCharacters.in(text)) {
                throw new Refused(parser, FieldCode.CONTROL_CHARACTERS, ControlCharacters.KEY, null, text, String.class);
            }
            return text;
        }
    }
}
