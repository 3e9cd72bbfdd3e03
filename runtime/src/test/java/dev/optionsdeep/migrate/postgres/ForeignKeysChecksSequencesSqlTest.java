package dev.optionsdeep.migrate.postgres;

import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateSequence;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropCheckConstraint;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.DropSequence;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Sequence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.optionsdeep.migrate.support.ShopFixture.ORDER_CUSTOMER;
import static dev.optionsdeep.migrate.support.ShopFixture.STATUS;
import static dev.optionsdeep.migrate.support.ShopFixture.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ForeignKeysChecksSequencesSqlTest {

    @Test
    void checksAreDeclaredInsideCreateTable() {
        assertEquals("""
                CREATE TABLE orders (
                    id bigint NOT NULL,
                    customer_id bigint NOT NULL,
                    status character varying(255),
                    CONSTRAINT orders_pkey PRIMARY KEY (id),
                    CONSTRAINT orders_status_check CHECK (((status)::text = ANY (ARRAY[('NEW'::character varying)::text, ('PAID'::character varying)::text])))
                )""", sql(new CreateTable(shop().table("orders").orElseThrow().withForeignKeys(List.of()))));
    }

    @Test
    void foreignKeysChecksAndSequences() {
        assertEquals("ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) ON DELETE CASCADE", sql(new AddForeignKey("orders", ORDER_CUSTOMER)));
        assertEquals("ALTER TABLE \"Order\" ADD CONSTRAINT \"Order_user_fkey\" FOREIGN KEY (\"user\") REFERENCES"
                + " \"User\" (id)", sql(new AddForeignKey("Order",
                new ForeignKey("Order_user_fkey", List.of("user"), "User", List.of("id")))));
        assertEquals("ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey",
                sql(new DropForeignKey("orders", ORDER_CUSTOMER)));
        assertEquals("ALTER TABLE orders ADD CONSTRAINT positive_total CHECK ((total > (0)::numeric))",
                sql(new AddCheckConstraint("orders", new CheckConstraint("positive_total", "(total > (0)::numeric)"))));
        assertEquals("ALTER TABLE orders DROP CONSTRAINT orders_status_check", sql(new DropCheckConstraint("orders", STATUS)));
        assertEquals("CREATE SEQUENCE orders_seq START WITH 1 INCREMENT BY 50",
                sql(new CreateSequence(new Sequence("orders_seq", 1, 50))));
        assertEquals("DROP SEQUENCE orders_seq", sql(new DropSequence(new Sequence("orders_seq", 1, 50))));
    }

    private static String sql(Change change) {
        List<Statement> statements = PostgresSql.statements(change);
        assertEquals(1, statements.size());
        return statements.get(0).sql();
    }
}
