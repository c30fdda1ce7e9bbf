/**
 * Not published. {@link dev.guildsync.modulecheck.ModulePathApp}: guildsync used as a modular
 * application uses it, which {@code ModulePathIT} runs with the library jars on the module path.
 */
package dev.guildsync.modulecheck;
