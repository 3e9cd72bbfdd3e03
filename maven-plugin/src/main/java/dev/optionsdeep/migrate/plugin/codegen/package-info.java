/**
 * Renders a revision's changes as a readable Java migration class, the file that
 * {@code migrate:revision} writes and the user reviews, edits and commits.
 */
package dev.optionsdeep.migrate.plugin.codegen;
