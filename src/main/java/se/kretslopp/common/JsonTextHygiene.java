package se.kretslopp.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every JSON string the API reads is refused when it holds a control character (see {@link ControlCharacters});
 * the problem answer names the field ({@link ProblemMappers}).
 */
@Singleton
class JsonTextHygiene implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("kretslopp-text-hygiene").addDeserializer(String.class, new CleanText()));
    }

    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && ControlCharacters.in(text)) {
                throw InvalidFormatException.from(parser, ControlCharacters.MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
