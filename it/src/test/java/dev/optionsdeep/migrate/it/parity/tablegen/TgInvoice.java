package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** The legacy KEY_TABLE pattern, on the id; TgReceipt shares the table with another segment. */
@jakarta.persistence.Entity
public class TgInvoice {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoiceKeys")
    @TableGenerator(name = "invoiceKeys", table = "KEY_TABLE", pkColumnName = "KEY_NAME", valueColumnName = "NEXT_KEY",
            pkColumnValue = "INVOICE", allocationSize = 1)
    private Long id;
}
