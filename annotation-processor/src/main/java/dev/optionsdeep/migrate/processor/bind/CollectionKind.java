package dev.optionsdeep.migrate.processor.bind;

/**
 * The kind of a collection, which decides its table's key ({@link CollectionKinds} tells it):
 * {@code LIST} is a list with {@code @OrderColumn}, whose table holds each element's position.
 */
enum CollectionKind { SET, BAG, LIST, MAP }
