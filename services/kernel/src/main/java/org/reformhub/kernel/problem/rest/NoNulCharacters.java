package org.reformhub.kernel.problem.rest;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;

import org.reformhub.kernel.text.MessageBundle;

/**
 * A NUL character (\u0000) in a JSON string is refused when the body is read: PostgreSQL stores no NUL in
 * text, and a value that cannot be stored is the caller's mistake, told at the edge (400, with the field).
 */
@Singleton
public class NoNulCharacters implements ObjectMapperCustomizer {

    static final String MESSAGE = MessageBundle.KERNEL.text("json.nul-character");

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("reformhub-no-nul-characters");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
                }
                return value;
            }
        });
        mapper.registerModule(module);
    }
}
