/**
 * guildsync's PostgreSQL storage on jOOQ. Exports {@code dev.guildsync.jooq} only: the jOOQ code
 * generated from the schema stays inside.
 */
// PostgreSQL's JDBC driver is an automatic module, with the stable name its manifest declares.
@SuppressWarnings("requires-automatic")
module dev.guildsync.jooq {
  requires transitive dev.guildsync.core;
  // The stores' create methods take a DataSource or a jOOQ DSLContext.
  requires transitive org.jooq;
  requires org.postgresql.jdbc;
  // PostgreSQL's data sources, which error messages ask for their URL, are JNDI Referenceables.
  requires java.naming;
  // Compile time only: jOOQ's class files carry JAXB annotations (javac's classfile lint).
  requires static jakarta.xml.bind;

  exports dev.guildsync.jooq;

  // jOOQ creates the generated records reflectively.
  opens dev.guildsync.jooq.generated.tables.records to
      org.jooq;
  // The migration scripts: a migration tool (Flyway, ...) reads them as class-path resources,
  // which a module gives out only from a package it opens to everyone.
  opens db.guildsync;
}
