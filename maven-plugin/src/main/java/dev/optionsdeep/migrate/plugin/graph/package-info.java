/**
 * The pictures {@code migrate:graph} writes: the revision graph and a revision's tables as Mermaid
 * text, and as inline SVG laid out here, in an HTML page that needs no network to show them.
 *
 * <p>The layout is our own rather than a bundled renderer (Mermaid's script alone is several
 * megabytes): a layered layout for the revisions and a grid of boxes for the tables are enough to
 * read, are deterministic (the same revisions give the same page, byte for byte), and can be tested
 * as numbers instead of pixels.
 */
package dev.optionsdeep.migrate.plugin.graph;
