package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.AttributeConverter;

import java.util.List;

/** Tags as one comma-separated string. */
public class TagsConverter implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> tags) {
        return tags == null ? null : String.join(",", tags);
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
        return text == null ? null : List.of(text.split(","));
    }
}
