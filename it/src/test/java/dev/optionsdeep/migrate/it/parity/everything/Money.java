package dev.optionsdeep.migrate.it.parity.everything;

/** An amount in cents, stored through {@link MoneyConverter}, which applies to every Money attribute. */
public record Money(long cents) {
}
