package dev.optionsdeep.migrate.support;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.List;

/** A shop schema with foreign keys in a cycle, a check constraint and a sequence. Asserts nothing. */
public final class ShopFixture {

    private ShopFixture() {
    }

    public static final ForeignKey ORDER_CUSTOMER = new ForeignKey("orders_customer_id_fkey", List.of("customer_id"),
            "customers", List.of("id"), "CASCADE");
    public static final ForeignKey CUSTOMER_LAST_ORDER = new ForeignKey("customers_last_order_id_fkey", List.of("last_order_id"),
            "orders", List.of("id"));
    public static final CheckConstraint STATUS = new CheckConstraint("orders_status_check",
            "((status)::text = ANY (ARRAY[('NEW'::character varying)::text, ('PAID'::character varying)::text]))");
    public static final Sequence ORDERS_SEQ = new Sequence("orders_seq", 1, 50);

    /** customers and orders reference each other: a cycle only foreign keys added last can build. */
    public static Schema shop() {
        Table customers = new Table("customers", List.of(new Column("id", SqlTypes.BIGINT, false, false),
                Column.of("email", SqlTypes.varchar(320)), Column.of("last_order_id", SqlTypes.BIGINT)),
                new PrimaryKey("customers_pkey", List.of("id")),
                List.of(new UniqueConstraint("customers_email_key", List.of("email"))), List.of(),
                List.of(CUSTOMER_LAST_ORDER), List.of());
        Table orders = new Table("orders", List.of(new Column("id", SqlTypes.BIGINT, false, false),
                new Column("customer_id", SqlTypes.BIGINT, false, false), Column.of("status", SqlTypes.varchar(255))),
                new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(), List.of(ORDER_CUSTOMER), List.of(STATUS));
        return new Schema(List.of(customers, orders), List.of(ORDERS_SEQ));
    }

}
