package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

import java.util.List;

/** Converted attributes: an auto-applied converter, a named one, and Hibernate's boolean converters with their checks. */
@Entity
@Table(name = "subscriptions")
public class Subscription {
    @Id private Long id;
    private Money monthlyFee;
    @Column(nullable = false) private Money setupFee;
    @Convert(converter = TagsConverter.class) @Column(length = 80) private List<String> tags;
    @Convert(converter = YesNoConverter.class) private Boolean active;
    @Convert(converter = TrueFalseConverter.class) private boolean trial;
    @Convert(converter = NumericBooleanConverter.class) @Column(nullable = false) private Boolean autoRenew;
}
