/**
 * guildsync's core: domain records, the sync rules and {@link
 * dev.guildsync.core.CharacterSyncService}. Depends on nothing but the JDK.
 */
package dev.guildsync.core;
