package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.TableGenerator;

/** Same table as TgProduct, another segment. */
@jakarta.persistence.Entity
@TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
        pkColumnValue = "CATEGORY_SEQ_NEXT_VAL")
public class TgCategory extends Stamped {
    private String code;
}
