package dev.optionsdeep.migrate.it.parity.usertypecode;

import org.hibernate.type.SqlTypes;

/** A long note: the same user type, its column code one of Hibernate's own (SqlTypes) rather than java.sql.Types. */
public class LongNote extends BlankText {

    @Override
    public int getSqlType() {
        return SqlTypes.LONG32VARCHAR;
    }
}
