package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** A class-level @TableGenerator on the same table as TgInvoice's, without pkColumnValue. */
@jakarta.persistence.Entity
@TableGenerator(name = "receiptKeys", table = "KEY_TABLE", pkColumnName = "KEY_NAME", valueColumnName = "NEXT_KEY",
        initialValue = 1000)
public class TgReceipt {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "receiptKeys") private Long id;
}
