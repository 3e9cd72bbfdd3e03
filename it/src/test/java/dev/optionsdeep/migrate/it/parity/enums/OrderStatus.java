package dev.optionsdeep.migrate.it.parity.enums;

/** The states of an order; a constant with a body is still one constant. */
public enum OrderStatus {
    NEW, PAID, SHIPPED {
        @Override
        public String toString() {
            return "shipped";
        }
    }, CANCELLED
}
