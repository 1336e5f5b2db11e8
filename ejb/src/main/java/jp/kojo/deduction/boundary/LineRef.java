package jp.kojo.deduction.boundary;

/** A line as the user saw it: its id and the version a save is based on. */
public record LineRef(long id, long version) {
}
