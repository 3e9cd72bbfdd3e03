package dev.optionsdeep.migrate.processor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The typed values {@link Mapping}'s accessors give, one record per annotation with several values (named
 * {@code Mapping.GeneratedValue} and so on where used). Each keeps the annotation's mirror and the values as
 * written only so that a problem can point at them.
 */
public interface MappingValues {

    /** A resolved annotation value with where it was written: the annotation, and the value if written. */
    public record Text(String value, AnnotationMirror mirror, AnnotationValue written) {
    }

    /**
     * {@code @GeneratedValue}: its strategy ({@code AUTO} when not written) and generator name.
     *
     * @param strategyValue the strategy as written, or null
     */
    public record GeneratedValue(String strategy, String generator, AnnotationMirror mirror,
                                 AnnotationValue strategyValue, AnnotationValue generatorValue) {
    }

    /** {@code @SoftDelete}: its strategy, the column name as written (may be empty) and the converter if written. */
    public record SoftDelete(String strategy, String columnName, AnnotationMirror mirror, AnnotationValue columnNameValue,
                             AnnotationValue converterValue) {
    }

    /**
     * A {@code @SequenceGenerator} (one of several when repeated): its values with their defaults, the
     * attributes Migrate refuses ({@code schema}, {@code catalog}, {@code options}) when written, and the
     * values as written, for diagnostics.
     */
    public record SequenceGenerator(String name, String sequenceName, int initialValue, int allocationSize,
                                    Map<String, String> refused, AnnotationMirror mirror,
                                    Map<String, AnnotationValue> written) {

        static SequenceGenerator of(Attributes s) {
            Map<String, String> refused = new LinkedHashMap<>();
            Map<String, AnnotationValue> written = new LinkedHashMap<>();
            for (String attribute : List.of("schema", "catalog", "options")) {
                if (!s.string(attribute).isEmpty()) {
                    refused.put(attribute, s.string(attribute));
                }
            }
            for (String attribute : List.of("schema", "catalog", "options", "sequenceName", "allocationSize")) {
                written.put(attribute, s.explicitValue(attribute));
            }
            return new SequenceGenerator(s.string("name"), s.string("sequenceName"), s.integer("initialValue", 1),
                    s.integer("allocationSize", 50), refused, s.mirror(), written);
        }
    }

    /**
     * {@code @OrderColumn}: the name as written (may be empty), whether nullable, and the attributes Migrate
     * refuses ({@code columnDefinition}, {@code options}) with where they were written.
     */
    public record OrderColumn(String name, boolean nullable, Map<String, String> refused, AnnotationMirror mirror,
                              Map<String, AnnotationValue> refusedValues) {

        static OrderColumn of(Attributes o) {
            Map<String, String> refused = new LinkedHashMap<>();
            Map<String, AnnotationValue> values = new LinkedHashMap<>();
            for (String attribute : List.of("columnDefinition", "options")) {
                if (!o.string(attribute).isEmpty()) {
                    refused.put(attribute, o.string(attribute));
                    values.put(attribute, o.explicitValue(attribute));
                }
            }
            return new OrderColumn(o.string("name"), o.bool("nullable", true), refused, o.mirror(), values);
        }
    }

    /**
     * {@code @DiscriminatorColumn}: its name as written (may be empty), type and length with their defaults,
     * and the attributes Migrate refuses ({@code columnDefinition}, {@code options}) when written.
     */
    public record DiscriminatorColumn(String name, String discriminatorType, int length, Map<String, String> refused,
                                      AnnotationMirror mirror, Map<String, AnnotationValue> written) {

        static DiscriminatorColumn of(Attributes d) {
            Map<String, String> refused = new LinkedHashMap<>();
            Map<String, AnnotationValue> written = new LinkedHashMap<>();
            for (String attribute : List.of("columnDefinition", "options")) {
                if (!d.string(attribute).isEmpty()) {
                    refused.put(attribute, d.string(attribute));
                }
                written.put(attribute, d.explicitValue(attribute));
            }
            written.put("name", d.explicitValue("name"));
            return new DiscriminatorColumn(d.string("name"), d.enumConstant("discriminatorType", "STRING"),
                    d.integer("length", 31), refused, d.mirror(), written);
        }
    }
}
