package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.TableGenerator;

/** Declares the generator its inherited id names (shopizer's SM_SEQUENCER). */
@jakarta.persistence.Entity
@TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
        pkColumnValue = "PRODUCT_SEQ_NEXT_VAL")
public class TgProduct extends Stamped {
    private String sku;
}
