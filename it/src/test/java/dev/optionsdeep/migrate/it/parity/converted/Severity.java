package dev.optionsdeep.migrate.it.parity.converted;

/** Stored as a weight, 10 for minor to 30 for major. */
public enum Severity {
    MINOR, SERIOUS, MAJOR;

    /** Named on the attribute. */
    public static class Weight implements jakarta.persistence.AttributeConverter<Severity, Integer> {

        @Override
        public Integer convertToDatabaseColumn(Severity severity) {
            return severity == null ? null : 10 * (severity.ordinal() + 1);
        }

        @Override
        public Severity convertToEntityAttribute(Integer weight) {
            return weight == null ? null : values()[weight / 10 - 1];
        }
    }
}
