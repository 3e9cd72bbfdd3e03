package dev.optionsdeep.migrate.it.parity.converted;

import jakarta.persistence.AttributeConverter;

/** The branch office handling a claim, stored as its code. */
public record Branch(String code) {

    /** Named where a branch is a map's key. */
    public static class Code implements AttributeConverter<Branch, String> {

        @Override
        public String convertToDatabaseColumn(Branch branch) {
            return branch == null ? null : branch.code();
        }

        @Override
        public Branch convertToEntityAttribute(String code) {
            return code == null ? null : new Branch(code);
        }
    }
}
