package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.DiscriminatorFormula;

/**
 * A STRING formula beside a {@code @DiscriminatorColumn}: the column's type types the values (one character each),
 * and its name and length make no column. Hibernate wants a character of the abstract root too.
 */
@Entity
@DiscriminatorValue("P")
@DiscriminatorFormula("case when card_number is not null then 'C' when iban is not null then 'B' end")
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.CHAR, length = 5)
public abstract class DfPayment {

    @Id
    Long id;

    long amount;
}
