package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Verbatim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The columns of each table, in {@code attnum} order, with their defaults (as {@code pg_get_expr}
 * prints them) and comments. A column is always kept, because its table's keys and indexes need it;
 * what the model cannot say about it (GENERATED ALWAYS, a collation) is reported instead. A serial column
 * is read as the {@code serial} definition that makes it, kept verbatim.
 */
final class ColumnReader {

    /** The largest value of a sequence {@code s} of its type, as PostgreSQL makes it without options. */
    static final String TYPE_MAXIMUM = """
            CASE s.seqtypid WHEN 'smallint'::regtype THEN 32767
                            WHEN 'integer'::regtype THEN 2147483647
                            ELSE 9223372036854775807 END""";

    /** An identity sequence {@code s} as {@code GENERATED … AS IDENTITY} makes it without options. */
    static final String DEFAULT_IDENTITY_SEQUENCE = """
            s.seqstart = 1 AND s.seqincrement = 1 AND s.seqmin = 1 AND s.seqcache = 1 AND NOT s.seqcycle
            AND s.seqmax = """ + TYPE_MAXIMUM;

    private static final String COLUMNS = """
            SELECT a.attrelid::bigint AS table_oid, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
                   a.attnotnull, a.attidentity::text AS identity, a.attgenerated::text AS generated,
                   pg_get_expr(d.adbin, d.adrelid) AS default_expression,
                   col_description(a.attrelid, a.attnum) AS comment,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END AS collation,
                   (SELECT s.relname::text
                      FROM pg_depend used
                      JOIN pg_class s ON s.oid = used.refobjid AND s.relkind = 'S'
                      JOIN pg_depend owner ON owner.classid = 'pg_class'::regclass AND owner.objid = s.oid
                           AND owner.refclassid = 'pg_class'::regclass AND owner.deptype = 'a'
                           AND owner.refobjid = a.attrelid AND owner.refobjsubid = a.attnum
                     WHERE used.classid = 'pg_attrdef'::regclass AND used.objid = d.oid
                       AND used.refclassid = 'pg_class'::regclass
                     LIMIT 1) AS owned_sequence,
                   (SELECT sc.relnamespace = c.relnamespace AND sc.relname::text = c.relname || '_' || a.attname || '_seq'
                           AND s.seqtypid = a.atttypid AND %1$s
                      FROM pg_depend used
                      JOIN pg_class sc ON sc.oid = used.refobjid AND sc.relkind = 'S'
                      JOIN pg_sequence s ON s.seqrelid = sc.oid
                     WHERE used.classid = 'pg_attrdef'::regclass AND used.objid = d.oid
                       AND used.refclassid = 'pg_class'::regclass
                     LIMIT 1) AS as_serial_makes_it,
                   (SELECT format('START WITH %%s INCREMENT BY %%s MINVALUE %%s MAXVALUE %%s CACHE %%s%%s',
                                  s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache,
                                  CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END)
                      FROM pg_depend dep
                      JOIN pg_sequence s ON s.seqrelid = dep.objid
                     WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
                       AND dep.deptype = 'i' AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
                       AND NOT (%1$s)) AS identity_options
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              JOIN pg_type t ON t.oid = a.atttypid
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
              LEFT JOIN pg_collation co ON co.oid = a.attcollation
             WHERE c.relnamespace = ?::oid AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attrelid, a.attnum
            """.formatted(DEFAULT_IDENTITY_SEQUENCE);

    /** The definition that makes each integer type's serial column: its type, its own sequence and the default. */
    private static final Map<String, String> SERIALS = Map.of(SqlTypes.SMALLINT, "smallserial", SqlTypes.INTEGER, "serial",
            SqlTypes.BIGINT, "bigserial");

    private ColumnReader() {
    }

    static void read(Catalog catalog, TableDrafts tables, Findings findings) throws SQLException {
        catalog.each(COLUMNS, rs -> {
            TableDrafts.Draft table = tables.get(rs.getLong("table_oid"));
            if (table == null) {
                return;
            }
            String name = rs.getString("attname");
            String column = "column " + table.name + "." + name;
            String identity = rs.getString("identity");
            String defaultExpression = rs.getString("default_expression");
            String ownedSequence = rs.getString("owned_sequence");
            Verbatim verbatim = null;
            // A column the model keeps verbatim is what its text makes (VerbatimColumns): nothing to report.
            Findings found = tables.isVerbatim(table.name, name) ? new Findings() : findings;

            if ("a".equals(identity)) {
                found.add(column + " is GENERATED ALWAYS AS IDENTITY, which Migrate does not model yet;"
                        + " it is read as GENERATED BY DEFAULT AS IDENTITY (a baseline sets it again)");
            }
            if (rs.getString("identity_options") != null) {
                found.add(column + " has identity options (" + rs.getString("identity_options") + "), which Migrate"
                        + " does not model yet (a baseline sets them again)");
            }
            if ("s".equals(rs.getString("generated"))) {
                found.notModelled(column + " is generated (GENERATED ALWAYS AS (" + defaultExpression + ") STORED)");
            } else if (ownedSequence != null && defaultExpression.matches("nextval\\('.*'::regclass\\)")) {
                tables.serialSequence(ownedSequence);
                verbatim = serial(rs, column, found);
            }
            if (rs.getString("collation") != null) {
                found.notModelled(column + " has collation \"" + rs.getString("collation") + "\"");
            }
            boolean isIdentity = identity != null && !identity.isEmpty();
            boolean plainDefault = defaultExpression != null && !"s".equals(rs.getString("generated"))
                    && ownedSequence == null;
            table.columns.add(new Column(name, rs.getString("type"), !rs.getBoolean("attnotnull"), isIdentity,
                    plainDefault ? defaultExpression : null, rs.getString("comment"), verbatim));
        });
    }

    /**
     * A serial column (an integer column, a sequence it owns and a default drawing from it) is read as the
     * {@code serial} definition that makes all three, kept verbatim, when its sequence is the one
     * {@code serial} makes: so a revision written from it (a baseline) makes the same column, sequence and
     * default. Otherwise (a sequence renamed, or with other options) it is read as a plain column and reported.
     */
    private static Verbatim serial(ResultSet rs, String column, Findings found) throws SQLException {
        String type = rs.getString("type");
        String serial = SERIALS.get(type);
        if (serial != null && rs.getBoolean("as_serial_makes_it") && rs.getBoolean("attnotnull")) {
            return new Verbatim(serial + " not null", column);
        }
        found.add(column + " is a serial column (default " + rs.getString("default_expression") + " from its own"
                + " sequence " + rs.getString("owned_sequence") + ", not as serial makes it), which Migrate does not"
                + " model yet; it is read as a plain " + type + " column. Migrate models GENERATED BY DEFAULT AS"
                + " IDENTITY instead");
        return null;
    }
}
