package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Keeps a map of settings as text: a converter whose Java side is a generic type. */
@Converter
public class JsonMapConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> attribute) {
        return attribute == null ? null : new TreeMap<>(attribute).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String dbData) {
        return dbData == null ? null : java.util.Arrays.stream(dbData.split(",")).map(s -> s.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
    }
}
