package jp.kojo.deduction.boundary;

import java.io.Serializable;

/** A line as the user saw it: its id and the version a save is based on. */
public record LineRef(long id, long version) implements Serializable {
}
