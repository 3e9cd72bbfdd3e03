package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** A legacy key table under snake_case: the table name is converted, its column names only folded. */
@jakarta.persistence.Entity
@TableGenerator(name = "legacyKeys", table = "myKeyTable", pkColumnName = "keyName", valueColumnName = "nextKey")
public class LegacyKeyedItem {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "legacyKeys") private Long id;
    private String itemLabel;
}
