package dev.optionsdeep.migrate.it.parity.usertypecode;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.usertype.UserType;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

/** Text kept as "" in the database where the application has null: a plain varchar to Hibernate. */
public class BlankText implements UserType<String> {

    public int getSqlType() {
        return Types.VARCHAR;
    }

    public Class<String> returnedClass() {
        return String.class;
    }

    public boolean equals(String x, String y) {
        return Objects.equals(x, y);
    }

    public int hashCode(String x) {
        return Objects.hashCode(x);
    }

    // Both lines' signatures, without @Override: 6.6 passes the session, 7 the wrapper options.
    public String nullSafeGet(ResultSet rs, int position, SharedSessionContractImplementor session, Object owner)
            throws SQLException {
        String value = rs.getString(position);
        return value == null || value.isEmpty() ? null : value;
    }

    public String nullSafeGet(ResultSet rs, int position, WrapperOptions options) throws SQLException {
        return nullSafeGet(rs, position, null, null);
    }

    public void nullSafeSet(PreparedStatement st, String value, int index, SharedSessionContractImplementor session)
            throws SQLException {
        st.setString(index, value == null ? "" : value);
    }

    public void nullSafeSet(PreparedStatement st, String value, int index, WrapperOptions options)
            throws SQLException {
        nullSafeSet(st, value, index, (SharedSessionContractImplementor) null);
    }

    public String deepCopy(String value) {
        return value;
    }

    public boolean isMutable() {
        return false;
    }

    public Serializable disassemble(String value) {
        return value;
    }

    public String assemble(Serializable cached, Object owner) {
        return (String) cached;
    }
}
