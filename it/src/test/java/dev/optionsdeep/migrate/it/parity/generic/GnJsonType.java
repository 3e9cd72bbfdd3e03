package dev.optionsdeep.migrate.it.parity.generic;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.usertype.UserType;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A JSON user type as applications write them (or take from hypersistence-utils): the column type is the definition. */
@SuppressWarnings({"rawtypes", "unchecked"})
public class GnJsonType implements UserType<Map> {

    @Override
    public int getSqlType() {
        return Types.OTHER;
    }

    @Override
    public Class<Map> returnedClass() {
        return Map.class;
    }

    @Override
    public boolean equals(Map x, Map y) {
        return Objects.equals(x, y);
    }

    @Override
    public int hashCode(Map x) {
        return Objects.hashCode(x);
    }

    @Override
    public Map nullSafeGet(ResultSet rs, int position, SharedSessionContractImplementor session, Object owner)
            throws SQLException {
        return rs.getObject(position) == null ? null : new HashMap<>();
    }

    @Override
    public void nullSafeSet(PreparedStatement st, Map value, int index, SharedSessionContractImplementor session)
            throws SQLException {
        st.setObject(index, value == null ? null : "{}", Types.OTHER);
    }

    @Override
    public Map deepCopy(Map value) {
        return value == null ? null : new HashMap<>(value);
    }

    @Override
    public boolean isMutable() {
        return true;
    }

    @Override
    public Serializable disassemble(Map value) {
        return (Serializable) deepCopy(value);
    }

    @Override
    public Map assemble(Serializable cached, Object owner) {
        return deepCopy((Map) cached);
    }
}
