package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class TrimmedConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : attribute.strip();
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData;
    }
}
