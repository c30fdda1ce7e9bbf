package dev.guildsync.core.detail;

/** How one detail's fetch went in a run: what the report counts and the store writes. */
public enum DetailFetch {
  /** A 200 with a valid body for this character: the projection is written. */
  FETCHED,
  /** A 304: what is stored is current; only the login it was fetched under moves. */
  NOT_MODIFIED,
  /** A 404 (or 403): Battle.net does not serve it. */
  ABSENT,
  /** A failure, a bad body or another character's body: nothing of it is written but the reason. */
  FAILED
}
