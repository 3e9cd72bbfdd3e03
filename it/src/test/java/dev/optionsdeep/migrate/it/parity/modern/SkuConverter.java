package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SkuConverter implements AttributeConverter<Sku, String> {

    @Override
    public String convertToDatabaseColumn(Sku attribute) {
        return attribute == null ? null : attribute.code();
    }

    @Override
    public Sku convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new Sku(dbData);
    }
}
