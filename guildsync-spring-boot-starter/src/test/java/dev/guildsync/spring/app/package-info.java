/** The service the starter's integration tests run: the README's Spring Boot setup. */
package dev.guildsync.spring.app;
