package org.reformhub.kernel.api;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A list or map field that holds nothing is written {@code []} / {@code {}}, never {@code null}: the documents declare
 * them as never null, and a client should not have to tell "none" from "unknown" where there is no difference.
 */
@Singleton
public class EmptyListsNotNull implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("empty-lists-not-null").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                for (BeanPropertyWriter property : properties) {
                    if (property.getType().isContainerType() && !isBinary(property) && !property.willSuppressNulls()) {
                        property.assignNullSerializer(property.getType().isMapLikeType() ? EMPTY_OBJECT : EMPTY_ARRAY);
                    }
                }
                return properties;
            }
        }));
    }

    /** {@code byte[]} is a base64 string on the wire, not a list. */
    private static boolean isBinary(BeanPropertyWriter property) {
        return property.getType().isArrayType() && property.getType().getContentType().isPrimitive();
    }

    private static final JsonSerializer<Object> EMPTY_ARRAY = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartArray();
            json.writeEndArray();
        }
    };

    private static final JsonSerializer<Object> EMPTY_OBJECT = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeEndObject();
        }
    };
}
