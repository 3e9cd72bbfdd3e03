package com.acme.app;

/** Code without a single annotation: javac runs no processor for it unless one claims every annotation type. */
public final class Catalog {
    private Catalog() {
    }

    public static String describe() {
        return "catalog of " + com.acme.catalog.Product.class.getSimpleName();
    }
}
