package dev.optionsdeep.migrate.it.parity.converted;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Applied to every ClaimState attribute. */
@Converter(autoApply = true)
public class ClaimStateCode implements AttributeConverter<ClaimState, Character> {

    @Override
    public Character convertToDatabaseColumn(ClaimState state) {
        return state == null ? null : state.code();
    }

    @Override
    public ClaimState convertToEntityAttribute(Character code) {
        return code == null ? null : ClaimState.of(code);
    }
}
