package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** An explicit camel-case sequenceName is converted too (my_seq_name), and AUTO on int uses its own sequence. */
@Entity
public class NamedSequenceItem {
    @Id
    @GeneratedValue(generator = "itemGen")
    @SequenceGenerator(name = "itemGen", sequenceName = "mySeqName", allocationSize = 10, initialValue = 5)
    private Long id;
    private String label;
}
