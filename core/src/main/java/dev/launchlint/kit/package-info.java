/**
 * Discover: walks a kit folder and gives each file its {@link dev.launchlint.kit.BusinessFunction},
 * from the first folder level or from the globs of a {@code launchlint.yml}. Takes a path, gives a
 * {@link dev.launchlint.kit.Kit}; never writes into the kit.
 */
package dev.launchlint.kit;
