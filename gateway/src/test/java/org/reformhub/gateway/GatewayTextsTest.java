package org.reformhub.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.text.MessageBundle;

/** Every word the gateway answers people with is in {@code i18n/gateway.properties} (or the kernel's bundle). */
class GatewayTextsTest {

    @Test
    void every_message_the_gateway_names_is_in_its_bundle() throws IOException {
        MessageBundle bundle = MessageBundle.named("i18n.gateway");
        Pattern used = Pattern.compile("text\\(\"([a-z0-9][a-z0-9.-]*[a-z0-9])\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = used.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() >= 10, "keys found: " + keys);
        assertEquals(Set.of(), keys.stream().filter(k -> !bundle.has(k)).collect(java.util.stream.Collectors.toSet()));
    }
}
