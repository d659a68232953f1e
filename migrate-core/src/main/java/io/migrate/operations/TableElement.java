package io.migrate.operations;

/**
 * What a {@link Operations#createTable createTable} lists: columns and table constraints.
 */
public sealed interface TableElement permits Column, Constraint {
}
