package org.reformhub.kernel.problem.rest;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * {@code {"reason":"a","reason":"b"}} is refused when the body is read (400, naming the field): which of the
 * two values was meant cannot be known, and without the check a record's constructor meets the field twice
 * and Jackson fails with an error that is nobody's input mistake.
 */
@Singleton
public class DuplicateKeys implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
